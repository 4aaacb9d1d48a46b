// Browser mode: one project session behind the web bridge (used by `framebench serve`, `npm start` and e2e tests).
import { createDispatcher } from '../../shared/api/dispatch';
import { createHandlers } from '../core/handlers';
import { rendererDir } from '../core/paths';
import type { ProjectContext } from '../core/project/context';
import { ProjectSession } from '../core/project/session';
import { startBridge, type Bridge } from './server';

export async function serveProject(ctx: ProjectContext, port?: number): Promise<Bridge & { session: ProjectSession }> {
  const session = new ProjectSession(ctx);
  const dispatch = createDispatcher(createHandlers(session), (method, error) => console.error(`[api] ${method} failed:`, error));
  const bridge = await startBridge({ dispatch, rendererDir, port });
  return {
    ...bridge,
    session,
    close: async () => {
      await bridge.close();
      session.close();
    },
  };
}
