/**
 * `npm start`, until the desktop app exists: say what Sprintbook will be and what works today.
 */
process.stdout.write(`Sprintbook — an offline desktop workbook for the two-week strategy sprint that takes an AI
pilot from the sandbox into production: map where the AI sits in the actual workflow, classify
every decision it makes into a risk tier with its controls, set baselines, targets and kill
criteria, name the owners, and sequence a gated roadmap. It exports a governance model, a KPI
scorecard and a roadmap as DOCX and PDF.

The desktop app is not built yet. What works today is the command line:

  npm run --silent sprintbook -- validate  FILE   does the workbook open?
  npm run --silent sprintbook -- readiness FILE   the four readiness questions
  npm run --silent sprintbook -- derive    FILE   tiers, scorecard, schedule as JSON
  npm run --silent sprintbook -- migrate   FILE   rewrite in the current format

Try it on templates/starters/support-triage.sprintbook. See README.md for more.
`);
