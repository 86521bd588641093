import { describe, expect, it } from 'vitest';
import { parseFaultArgs } from './parse-fault-args';
import { parseStartArgs } from './parse-start-args';

describe('parseStartArgs', () => {
  it('defaults to the demo scenario with seed 42 in .quarterdeck/sim', () => {
    expect(parseStartArgs([])).toMatchObject({ scenario: 'demo', seed: 42, stateDir: '.quarterdeck/sim', help: false });
  });

  it('reads the scale parameters as numbers', () => {
    expect(parseStartArgs(['--scenario', 'scale', '--management-clusters', '2', '--clusters-per-mc', '50', '--machines-per-cluster', '4', '--speed', '100']))
      .toMatchObject({ scenario: 'scale', managementClusters: 2, clustersPerMc: 50, machinesPerCluster: 4, speed: 100 });
  });

  it.each([
    [['--scenario', 'chaos'], /scenario must be one of/],
    [['--seed', 'abc'], /seed must be a number/],
    [['--speed=-1'], /speed must be positive/],
    [['--clusters-per-mc', '0'], /--clusters-per-mc must be positive/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(message);
  });
});

describe('parseFaultArgs', () => {
  it('builds a management-cluster fault patch from flags', () => {
    expect(parseFaultArgs(['set', '--mc', 'mgmt-eu-west', '--unreachable', '--latency-ms', '250'])).toEqual({
      action: 'set-mc', stateDir: '.quarterdeck/sim', mc: 'mgmt-eu-west', patch: { unreachable: true, latencyMs: 250 },
    });
  });

  it('targets a Cluster or MachineDeployment for object faults', () => {
    expect(parseFaultArgs(['set', '--mc', 'm', '--cluster', 'team-a/orders', '--fault', 'infra-quota'])).toMatchObject({ action: 'set-object', kind: 'Cluster', namespace: 'team-a', name: 'orders', fault: 'infra-quota' });
    expect(parseFaultArgs(['clear', '--mc', 'm', '--machine-deployment', 'team-a/orders-md-0'])).toMatchObject({ action: 'clear-object', kind: 'MachineDeployment', name: 'orders-md-0' });
  });

  it.each([
    [['set', '--latency-ms', '5'], /--mc NAME is required/],
    [['set', '--mc', 'm'], /at least one of/],
    [['set', '--mc', 'm', '--cluster', 'orders', '--fault', 'infra-quota'], /NAMESPACE\/NAME/],
    [['set', '--mc', 'm', '--cluster', 'a/b', '--fault', 'gremlins'], /--fault must be one of/],
    [['set', '--mc', 'm', '--error-rate', '3'], /errorRate must be between 0 and 1/],
    [['explode'], /fault set/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseFaultArgs(argv)).toThrow(message);
  });
});
