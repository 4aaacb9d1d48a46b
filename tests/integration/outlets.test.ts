// The outlet list reads as a person would sort it: numbers by value, case and accents aside.
import { describe, expect, it } from 'vitest';
import { ensureOutlet, listOutlets } from '../../electron/core/corpus/outlets';
import { tempProject } from '../helpers/temp-project';

describe('outlet list', () => {
  it('sorts names naturally', () => {
    const ctx = tempProject();
    for (const name of ['Outlet 10', 'Zeit', 'outlet 2', 'Ärzte Zeitung', 'Outlet 1', 'Al Jazeera']) ensureOutlet(ctx, name);
    expect(listOutlets(ctx).map((o) => o.name)).toEqual(['Al Jazeera', 'Ärzte Zeitung', 'Outlet 1', 'outlet 2', 'Outlet 10', 'Zeit']);
  });
});
