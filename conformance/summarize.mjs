// Prints one line per scenario run found under a run-suite output directory (passed, failed and
// warning check counts) and one line per FAILURE or WARNING check: scenario, check id, message.
// In a `requirements-<revision>` run, scenarios that revision does not score are marked as such.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const requirementsDir = join(dirname(fileURLToPath(import.meta.url)),
    'node_modules', '@modelcontextprotocol', 'conformance', 'requirements');

/** scenario -> reason, for the server scenarios a revision runs but does not score. */
function notScored(run) {
    const revision = /^requirements-(\d{4}-\d\d-\d\d)$/.exec(run)?.[1];
    const file = revision && join(requirementsDir, `${revision}.yaml`);
    if (!file || !existsSync(file)) {
        return new Map();
    }
    const entries = parse(readFileSync(file, 'utf8'))?.not_scored ?? [];
    return new Map(entries.filter((e) => e.leg === 'server').map((e) => [e.scenario, e.reason]));
}

const root = process.argv[2];
if (!root) {
    console.error('usage: summarize.mjs OUTPUT_DIR');
    process.exit(2);
}

function* checkFiles(dir) {
    for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            yield* checkFiles(path);
        } else if (entry === 'checks.json') {
            yield path;
        }
    }
}

const oneLine = (text) => String(text ?? '').replace(/\s+/g, ' ').slice(0, 400);

for (const file of checkFiles(root)) {
    const where = relative(root, file).replace(/\/checks\.json$/, '');
    const run = where.split('/')[0];
    const scenario = where.split('/').slice(1).join('/').replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
    let checks;
    try {
        checks = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        console.log(`  ${run} ${scenario}: unreadable checks.json (${error.message})`);
        continue;
    }
    const count = (status) => checks.filter((c) => c.status === status).length;
    const failed = count('FAILURE');
    const warned = count('WARNING');
    const mark = failed ? 'x' : warned ? '!' : '+';
    const reason = notScored(run).get(scenario);
    const scoring = reason ? ` (not scored: ${reason})` : '';
    console.log(`${mark} ${run} ${scenario}${scoring}: ${count('SUCCESS')} passed, ${failed} failed, ${warned} warnings`);
    for (const check of checks) {
        if (check.status === 'FAILURE' || check.status === 'WARNING') {
            console.log(`    ${check.status} ${check.id}: ${oneLine(check.errorMessage || check.description)}`);
        }
    }
}
