// Browser-mode project dialogs: new (empty or with the sample), open, save as, and errors shown in the dialog.
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ProjectDialogs } from './pages/project-dialogs';
import { sampleArticles } from './pages/sample-corpus';

test('create, open and save projects from the Project menu', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const projects = new ProjectDialogs(app);
  const total = sampleArticles().length;

  // A new, empty project.
  await projects.run('New project…', path.join(served.dir, 'fresh.framebench'));
  await expect(projects.name).toHaveText('fresh');
  await expect(projects.count).toContainText('0 articles');
  await expect(app.getByText('This project has no articles yet')).toBeVisible();
  await expect(lib.rows).toHaveCount(0);

  // Creating it again fails with a one-line message, and the dialog stays open.
  const again = await projects.start('New project…', path.join(served.dir, 'fresh.framebench'));
  await again.getByRole('button', { name: 'Create project' }).click();
  await expect(again.getByRole('alert')).toContainText('already exists');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();

  // Opening a missing file fails the same way.
  const missing = await projects.start('Open project…', path.join(served.dir, 'nope.framebench'));
  await missing.getByRole('button', { name: 'Open' }).click();
  await expect(missing.getByRole('alert')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(missing).toBeHidden();

  // Back to the original project: everything reloads.
  await projects.run('Open project…', served.projectPath);
  await expect(projects.name).toHaveText(path.basename(served.projectPath, '.framebench'));
  await expect(lib.rows).toHaveCount(total);
  await expect(app.getByTestId('story-item')).toHaveCount(1);

  // Save as continues in the copy.
  await projects.run('Save project as…', path.join(served.dir, 'copy.framebench'));
  await expect(projects.name).toHaveText('copy');
  await expect(lib.rows).toHaveCount(total);

  // A new project filled with the sample corpus.
  await projects.run('New project…', path.join(served.dir, 'with-sample.framebench'), { sample: true });
  await expect(projects.name).toHaveText('with-sample');
  await expect(lib.rows).toHaveCount(total);
});
