import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/lib/i18n';
import { problemText } from './notify';
import { ApiProblem } from './problem';

const stale = new ApiProblem({ type: '/problems/stale-version', title: 'Changed by someone else', status: 412,
  detail: 'The client changed since version 3' });

describe('problem texts', () => {
  afterEach(() => switchLanguage('en'));

  it('speak by the problem type in the reader language, not with the API English detail', async () => {
    expect(problemText(stale).message).toBe('Someone else changed this record in the meantime. Nothing of yours was saved.');
    await switchLanguage('ru');
    expect(problemText(stale)).toEqual({ title: 'Изменено другим пользователем',
      message: 'Кто-то другой изменил эту запись. Ваши изменения не сохранены.' });
    await switchLanguage('ro');
    expect(problemText(stale).title).toBe('Modificat de altcineva');
  });

  it('fall back to a general line for unknown types and failures that are not problems', async () => {
    await switchLanguage('es');
    const unknown = new ApiProblem({ type: '/problems/new-kind', title: 'New', status: 418, detail: 'x' });
    expect(problemText(unknown)).toEqual(problemText(new Error('network')));
    expect(problemText(unknown).title).toBe('Algo salió mal');
  });
});
