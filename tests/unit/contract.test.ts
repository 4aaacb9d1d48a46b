import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/api/contract';
import { createDispatcher } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { ProjectSession } from '../../electron/core/project/session';
import { tempProject } from '../helpers/temp-project';

describe('API contract', () => {
  it('has exactly one handler per contract method', () => {
    const handlers = createHandlers(new ProjectSession(tempProject()));
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort());
  });

  it('turns internal errors into one-line data, never a thrown exception', async () => {
    const session = new ProjectSession(tempProject());
    const dispatch = createDispatcher(createHandlers(session));
    session.ctx.db.close();
    const response = await dispatch('project.info', {});
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(response.ok === false && response.error.message).not.toContain('\n');
  });
});
