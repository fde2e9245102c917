/**
 * The types of the `.sprintbook` file format, version 1, exactly as DOMAIN.md writes them.
 * Plain readonly data: nothing here is computed; derived values live in `shared/logic`.
 */

export type Id = string;
/** A calendar date `YYYY-MM-DD`. */
export type DateString = string;
/** RFC 3339 with a time zone. */
export type DateTimeString = string;

export const TIERS = ['low', 'medium', 'high'] as const;
export type Tier = (typeof TIERS)[number];

export const LOW_ACTIONS = ['summarize', 'retrieve', 'classify', 'draft'] as const;
export const MEDIUM_ACTIONS = ['route', 'recommend', 'prioritize', 'notify'] as const;
export const HIGH_ACTIONS = ['commit', 'promise', 'approve-spend', 'send-external', 'determine-eligibility'] as const;
export const ACTIONS = [...LOW_ACTIONS, ...MEDIUM_ACTIONS, ...HIGH_ACTIONS] as const;
export type Action = (typeof ACTIONS)[number];

export const PILOT_STAGES = ['proof-of-concept', 'enthusiasm', 'friction', 'stall'] as const;
export type PilotStage = (typeof PILOT_STAGES)[number];

export const LANE_KINDS = ['role', 'system', 'ai', 'external'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const NODE_KINDS = ['start', 'end', 'step', 'ai-step', 'decision', 'handoff', 'system'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['flow', 'reads', 'writes', 'triggers', 'handoff'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const METRIC_KINDS = [
  'cycle-time', 'time-to-first-response', 'error-rate', 'rework-rate',
  'cost-per-unit', 'throughput', 'satisfaction', 'custom',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const DIRECTIONS = ['decrease', 'increase'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

export const PHASES = ['foundation', 'pilot-hardening', 'controlled-rollout', 'scale'] as const;
export type Phase = (typeof PHASES)[number];

export const CONTROL_IDS = [
  'audit-log', 'sampling-review', 'human-confirmation', 'human-decision', 'dual-approval',
  'confidence-threshold', 'kill-switch', 'rate-limit', 'customer-disclosure', 'access-control',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export interface Policy { readonly mediumExposure: number; readonly highExposure: number }

export const PARKING_STATUSES = ['open', 'resolved', 'converted'] as const;
export type ParkingStatus = (typeof PARKING_STATUSES)[number];

export const SIGNOFF_DECISIONS = ['accept', 'reject'] as const;
export type SignoffDecision = (typeof SIGNOFF_DECISIONS)[number];

/** Who is affected by the AI, for better or worse (1.1). */
export interface Stakeholder {
  readonly group: string;
  readonly benefit?: string;
  readonly harm?: string;
}

export interface Pilot {
  readonly name: string;
  readonly summary?: string;
  readonly outcome?: string;
  readonly stage?: PilotStage;
  /** What the AI is for, in its owner's words (1.1). */
  readonly intendedUse?: string;
  /** Uses it must not be put to (1.1). */
  readonly outOfScope?: string;
  readonly stakeholders: readonly Stakeholder[];
}

/** A timeboxed exercise of a sprint day (1.1). */
export interface SprintBlock {
  readonly title: string;
  /** Integer 1..480. */
  readonly minutes: number;
  readonly done?: boolean;
}

export interface SprintDay {
  readonly day: number;
  readonly done: boolean;
  readonly notes?: string;
  /** Empty: the app shows the default agenda's blocks for the day. */
  readonly blocks: readonly SprintBlock[];
}

export interface Sprint {
  readonly startDate?: DateString;
  readonly facilitatorId?: Id;
  readonly days: readonly SprintDay[];
}

export interface Person {
  readonly id: Id;
  readonly name: string;
  readonly role?: string;
  readonly team?: string;
  readonly email?: string;
}

export interface Lane { readonly id: Id; readonly name: string; readonly kind: LaneKind }

export interface WorkflowNode {
  readonly id: Id;
  readonly kind: NodeKind;
  readonly label: string;
  readonly laneId?: Id;
  readonly x: number;
  readonly y: number;
  readonly notes?: string;
}

export interface Edge {
  readonly id: Id;
  readonly from: Id;
  readonly to: Id;
  readonly kind: EdgeKind;
  readonly label?: string;
}

export interface Workflow {
  readonly lanes: readonly Lane[];
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly Edge[];
}

export interface DecisionFactors {
  readonly reversible: boolean;
  readonly customerFacing: boolean;
  readonly financialExposure: number;
  readonly affectsRights: boolean;
  readonly personalData: boolean;
}

export interface Decision {
  readonly id: Id;
  readonly nodeId?: Id;
  readonly title: string;
  readonly description?: string;
  readonly action: Action;
  readonly factors: DecisionFactors;
  /** Absent: not yet classified. */
  readonly tier?: Tier;
  /** Required when `tier` differs from the suggested tier. */
  readonly tierReason?: string;
  /** Control ids from the catalog, or free text. */
  readonly controls: readonly string[];
  readonly outputOwnerId?: Id;
  readonly overrideById?: Id;
  readonly escalateToId?: Id;
  readonly logging: readonly string[];
  readonly onError?: string;
}

export interface Baseline {
  readonly value: number;
  readonly from?: DateString;
  readonly to?: DateString;
  readonly sampleSize?: number;
  readonly source?: string;
  readonly method?: string;
}

export interface Target { readonly value: number; readonly by?: DateString }

export interface KillCriterion {
  readonly threshold: number;
  readonly evaluateOn?: DateString;
  readonly action?: string;
}

export interface Observation { readonly date: DateString; readonly value: number; readonly note?: string }

export interface Metric {
  readonly id: Id;
  readonly name: string;
  readonly kind: MetricKind;
  readonly unit: string;
  readonly direction: Direction;
  readonly baseline?: Baseline;
  readonly target?: Target;
  readonly kill?: KillCriterion;
  readonly cadence?: Cadence;
  readonly ownerId?: Id;
  readonly decisionIds: readonly Id[];
  readonly observations: readonly Observation[];
}

export interface Ownership {
  readonly workflowOwnerId?: Id;
  readonly governanceOwnerId?: Id;
  readonly measurementCadence?: Cadence;
  /** People, first to last. */
  readonly escalationPath: readonly Id[];
}

export interface Raci { readonly subjectId: Id; readonly personId: Id; readonly role: RaciRole }

export interface Gate { readonly metricIds: readonly Id[]; readonly note?: string }

export interface RoadmapItem {
  readonly id: Id;
  readonly title: string;
  readonly description?: string;
  readonly phase: Phase;
  /** Integer 1..104. */
  readonly weeks: number;
  readonly dependsOn: readonly Id[];
  readonly ownerId?: Id;
  readonly decisionIds: readonly Id[];
  readonly metricIds: readonly Id[];
  /** Go/no-go before the item starts. */
  readonly gate?: Gate;
}

/** A question raised in the room, kept until it is resolved or becomes a record (1.1). */
export interface ParkingItem {
  readonly id: Id;
  readonly text: string;
  readonly raisedAt: DateTimeString;
  /** A name: participants need no Person record. */
  readonly raisedBy?: string;
  readonly status: ParkingStatus;
  readonly resolution?: string;
  /** The record it became, when converted. */
  readonly convertedTo?: Id;
}

/** Who accepted or rejected the residual risk, and when (1.1). */
export interface Signoff {
  readonly personId: Id;
  readonly role?: string;
  readonly date: DateString;
  readonly decision: SignoffDecision;
  readonly note?: string;
}

export interface AuditEntry {
  readonly at: DateTimeString;
  readonly actorId?: Id;
  readonly action: string;
  readonly subjectId?: Id;
  readonly detail?: string;
}

export interface Workbook {
  readonly format: 'sprintbook';
  readonly schemaVersion: 1;
  readonly id: Id;
  readonly title: string;
  readonly organization?: string;
  readonly createdAt: DateTimeString;
  readonly updatedAt: DateTimeString;
  /** BCP 47; exports format dates and numbers with it (default "en-US"). */
  readonly locale?: string;
  /** ISO 4217 (default "USD"). */
  readonly currency?: string;
  readonly policy?: Policy;
  readonly pilot: Pilot;
  readonly sprint: Sprint;
  readonly people: readonly Person[];
  readonly workflow: Workflow;
  readonly decisions: readonly Decision[];
  readonly metrics: readonly Metric[];
  readonly ownership: Ownership;
  readonly raci: readonly Raci[];
  readonly roadmap: readonly RoadmapItem[];
  readonly parkingLot: readonly ParkingItem[];
  readonly signoffs: readonly Signoff[];
  readonly audit: readonly AuditEntry[];
}

export const CURRENT_SCHEMA_VERSION = 1;
/** Node coordinates lie within ±COORDINATE_LIMIT (DOMAIN.md); the app never places a node farther out. */
export const COORDINATE_LIMIT = 1_000_000;
/** The deepest nesting of objects and arrays a file may have, the top-level object being level 1. */
export const MAX_NESTING = 64;
export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_POLICY: Policy = { mediumExposure: 1000, highExposure: 10000 };
