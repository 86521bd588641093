// Dotted-path access into plain JSON objects (no array indexes: conversion rules iterate arrays themselves).
export type Json = Record<string, unknown>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getPath(root: Json, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (!isJsonObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function setPath(root: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let current = root;
  for (const key of keys) {
    const next = current[key];
    if (!isJsonObject(next)) current[key] = {};
    current = current[key] as Json;
  }
  current[last] = value;
}

/** Removes the value at `path` and then every parent object the removal left empty. */
export function takePath(root: Json, path: string): unknown {
  const keys = path.split('.');
  const parents: Json[] = [root];
  for (const key of keys.slice(0, -1)) {
    const next = parents[parents.length - 1]?.[key];
    if (!isJsonObject(next)) return undefined;
    parents.push(next);
  }
  const parent = parents[parents.length - 1];
  const last = keys[keys.length - 1] ?? path;
  if (!parent || !(last in parent)) return undefined;
  const value = parent[last];
  delete parent[last];
  for (let i = parents.length - 1; i > 0; i--) {
    const child = parents[i];
    const key = keys[i - 1];
    const holder = parents[i - 1];
    if (!child || key === undefined || !holder || Object.keys(child).length > 0) break;
    delete holder[key];
  }
  return value;
}
