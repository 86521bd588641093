import { describe, expect, it } from 'vitest';
import { describeEngineError } from './describe-engine-error';

describe('describeEngineError', () => {
  it('keeps the message, drops the Rust span trace and lifts out the migration name', () => {
    const error = new Error(
      [
        'external connector error',
        'Error querying the database: ERROR: syntax error at or near "SELEC"',
        '   0: sql_schema_connector::apply_migration::apply_script',
        '           with migration_name="20250102000000_two"',
        '             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113',
      ].join('\n'),
    );

    expect(describeEngineError(error)).toEqual({ message: 'Error querying the database: ERROR: syntax error at or near "SELEC"', migrationName: '20250102000000_two' });
  });

  it('passes through a message without a trace', () => {
    expect(describeEngineError(new Error('migrate found failed migrations'))).toEqual({ message: 'migrate found failed migrations' });
  });
});
