/** Every command, by the part of the workbook it changes. Later stages add a file each. */
export * from './workbook';
export * from './pilot';
export * from './sprint';
export * from './people';
export * from './audit';
export * from './metrics';
export * from './metricsObservations';
export * from './roadmap';
export * from './roadmapArrange';
export * from './mapNodes';
export * from './mapEdges';
export * from './mapLanes';
export * from './mapDecisions';
export * from './decisions';
export * from './decisionsTiers';
export * from './owners';
export * from './raci';
