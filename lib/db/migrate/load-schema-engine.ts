import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createMigrationAdapterFactory } from './create-migration-adapter-factory';

type EngineClass = typeof SchemaEngine;
type WasmRuntime = { SchemaEngine: EngineClass; __wbg_set_wasm: (exports: WebAssembly.Exports) => void };

let engineClass: Promise<EngineClass> | undefined;
let lastPanic: string | undefined;

// The engine reports the reason of a Rust panic through this global before trapping;
// without it the panic itself crashes on a missing object and the reason is lost.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (message: string) => void } }).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message: string) => {
    lastPanic = message;
    if (process.env.QUARTERDECK_DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine panic] ${message}\n`);
  },
};

// The package's entry imports the .wasm file as an ES module, which Node 20 only supports
// behind --experimental-wasm-modules. Like Prisma's own loader, instantiate it by hand.
// wasm-bindgen keeps one global instance, so this must happen once per process.
async function instantiate(): Promise<EngineClass> {
  const require = createRequire(import.meta.url);
  const runtime = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as WasmRuntime;
  // The .wasm file is not in the package's exports map; it sits next to the bindings.
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const wasmModule = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': runtime as unknown as WebAssembly.ModuleImports });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime.SchemaEngine;
}

export type SchemaFile = { path: string; content: string };

/**
 * Runs `work` with Prisma's Wasm schema engine connected to a Postgres database through the
 * pg driver adapter, then frees the engine and closes its connections. Commands that replay
 * migrations (diff from a migrations directory) create and drop a throwaway shadow
 * database, so the role needs CREATEDB for those.
 */
export async function withSchemaEngine<T>(options: { databaseUrl: string; schema?: SchemaFile }, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  engineClass ??= instantiate();
  const Engine = await engineClass;
  const { factory, disposeAll } = createMigrationAdapterFactory(options.databaseUrl);
  const debug = (message: string): void => {
    if (process.env.QUARTERDECK_DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  const datamodels: [string, string][] | undefined = options.schema ? [[options.schema.path, options.schema.content]] : undefined;
  try {
    const engine = await Engine.new({ datamodels }, debug, bindMigrationAwareSqlAdapterFactory(factory));
    try {
      lastPanic = undefined;
      return await work(engine);
    } catch (error) {
      if (lastPanic === undefined) throw error;
      throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
    } finally {
      engine.free();
    }
  } finally {
    await disposeAll();
  }
}
