/**
 * The CI workflows, checked for what they must do (actionlint runs too where it is installed):
 * on a pull request set up, test, build and keep dist/; on a v* tag build in shards, merge,
 * make the release files, attest them and publish them. Every step that runs a command runs
 * one of the project's npm scripts, so it can be run locally.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  container?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: { shard?: number[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => YAML.parse(readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = (job: Job) => job.steps.filter((step) => step.run).map((step) => step.run!.trim());

function actionlint(): string | undefined {
  try {
    execFileSync('actionlint', ['-version'], { stdio: 'ignore' });
    return 'actionlint';
  } catch {
    return undefined;
  }
}

describe('the CI workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s: every command is an npm script of the project', (name) => {
    for (const job of Object.values(workflow(name).jobs)) {
      for (const command of runs(job)) {
        const match = /^npm (?:run (\S+)|test)(?: --( .*)?)?$/.exec(command);
        expect(match, command).not.toBeNull();
        expect(scripts[match![1] ?? 'test'], command).toBeDefined();
      }
    }
  });

  it('tests and builds every pull request, keeping dist/', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toContain('pull_request');
    const [job] = Object.values(ci.jobs);
    expect(runs(job!)).toEqual(['npm run setup', 'npm test', 'npm run build']);
    expect(job!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ path: 'dist/' });
    expect(job!.container).toMatch(/^node:20-bookworm/);
  });

  it('releases a v* tag from shards merged, attested and published', () => {
    const release = workflow('release.yml');
    expect((release.on.push as { tags: string[] }).tags).toEqual(['v*']);
    const build = release.jobs.build!;
    const shards = build.strategy!.matrix!.shard!;
    expect(shards.length).toBeGreaterThan(1);
    expect(runs(build)).toContain(`npm run build -- --release --shard \${{ matrix.shard }}/${shards.length} --out shards/\${{ matrix.shard }}`);
    const publish = release.jobs.publish!;
    expect(publish.needs).toBe('build');
    expect(publish.permissions).toMatchObject({ contents: 'write', 'id-token': 'write', attestations: 'write' });
    const merge = runs(publish).find((command) => command.startsWith('npm run merge'))!;
    expect(merge).toBe(`npm run merge -- ${shards.map((n) => `shards/shard-${n}`).join(' ')} --out dist`);
    expect(runs(publish)).toContain('npm run release -- --out release');
    const uses = publish.steps.map((s) => s.uses ?? '');
    expect(uses.findIndex((u) => u.startsWith('actions/attest-build-provenance'))).toBeLessThan(uses.findIndex((u) => u.startsWith('softprops/action-gh-release')));
    expect(publish.steps.find((s) => s.uses?.startsWith('actions/attest-build-provenance'))?.with).toMatchObject({ 'subject-path': 'release/*' });
  });

  it.skipIf(!actionlint())('passes actionlint', () => {
    execFileSync('actionlint', { cwd: ROOT });
  });

  it('has a Dockerfile on Debian 12 with Node.js 20 and a pinned Chromium that builds the samples', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20[.\d]*-bookworm/m);
    expect(dockerfile).toMatch(/chromium=\$\{CHROMIUM_VERSION\}/);
    expect(dockerfile).toMatch(/ARG CHROMIUM_VERSION=\d+\.\d+\.\d+\.\d+-/);
    expect(dockerfile).toMatch(/RUN npm run compile && npm run build/);
  });
});
