// Tests of the Chapter VII coder's 2000-2026 patterns (chapter-vii.ts), found by the agreement
// study with the Library's flag (flag-agreement.ts): what the UN's texts of these years say and
// how it must be read. Made-up paragraphs in the Council's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeResolution } from './code-resolution.ts';

const chapterVII = (...paragraphs: string[]) => codeResolution(paragraphs.join('\n\n')).chapterVII;

test('acting: "for these reasons", a named Article of Chapter VII, in an operative paragraph', () => {
  assert.equal(
    chapterVII(
      'Determining that the situation constitutes a threat to international peace and security,',
      'Acting for these reasons under Chapter VII of the Charter of the United Nations,',
    ),
    true,
  );
  assert.equal(chapterVII('Acting under Article 41 of Chapter VII of the Charter of the United Nations,'), true);
  assert.equal(
    chapterVII(
      '7. Decides, acting under Article 41 of the Charter of the United Nations, that the provisions shall terminate;',
    ),
    true,
  );
  assert.equal(
    chapterVII(
      '1. Decides to extend the mandate as set out in resolution 1990 (2011) and acting under Chapter VII of the Charter, decides to extend the tasks;',
    ),
    true,
  );
  assert.equal(
    chapterVII(
      '6. Authorizes the Mission, under Chapter VII of the Charter of the United Nations, to take the necessary actions;',
    ),
    true,
  );
});

test('not acting: a readiness or willingness to consider measures under Article 41 (res. 1314, 2250)', () => {
  assert.equal(
    chapterVII(
      '15. Indicates its willingness, when imposing measures under Article 41 of the Charter of the United Nations, to consider assessing their impact;',
    ),
    false,
  );
  assert.equal(
    chapterVII(
      '18. Notes its readiness, whenever measures are adopted under Article 41 of the Charter of the United Nations, to consider their impact;',
    ),
    false,
  );
});

test('not acting: an earlier resolution "acting under Chapter VII" (res. 1535)', () => {
  assert.equal(
    chapterVII(
      'Commending the Committee established by the Security Council under paragraph 6 of resolution 1373 (2001) acting under Chapter VII of the Charter in discharging its responsibility,',
    ),
    false,
  );
  // but a block that runs a recall into the acting clause without a blank line still acts (res. 844 (1993))
  assert.equal(
    chapterVII(
      'Determined to implement fully the provisions of resolution 836 (1993),\nActing under Chapter VII of the Charter of the United Nations,',
    ),
    true,
  );
});
