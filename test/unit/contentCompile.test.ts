import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileContent, SourceFile } from '../../src/build/compile';
import { compileContentFolder } from '../../src/build/compileContent';
import { formatContentError } from '../../src/core/schema';

const section = `---
id: basics
title: Basics
groups:
  - id: basics-core
    title: Core
    topics:
      - id: topic-a
        title: Topic A
      - id: topic-b
        title: Topic B
        level: advanced
---
Intro.
`;

const question = (id: string, topics = '[topic-a]', answer = 'An answer.\n\n### Follow-up: And then?\n\nMore.') => `---
id: ${id}
title: Question ${id}?
topics: ${topics}
difficulty: easy
kind: concept
tags: [basics]
---
Some context.

## Answer

${answer}
`;

function compile(files: Record<string, string>) {
  const sources: SourceFile[] = Object.entries(files).map(([file, text]) => ({ file, text }));
  const result = compileContent(sources);
  return { ...result, messages: result.errors.map(formatContentError) };
}

describe('content compiler', () => {
  it('compiles a valid set into sections, topics, questions and notes', () => {
    const { index, pages, messages } = compile({
      'roadmap/01-basics.md': section,
      'questions/basics/q-one.md': question('q-one'),
      'questions/basics/q-two.md': question('q-two', '[topic-a, topic-b]'),
      'notes/basics/topic-a.md': '---\ntopic: topic-a\n---\nA note.\n\n### Common pitfall\n\nA mistake.\n',
    });
    assert.deepStrictEqual(messages, []);
    const topics = index.sections[0].groups[0].topics;
    assert.deepStrictEqual(topics.map((t) => [t.id, t.level, t.questionIds, t.hasNote]), [
      ['topic-a', 'core', ['q-one', 'q-two'], true],
      ['topic-b', 'advanced', ['q-two'], false],
    ]);
    assert.deepStrictEqual(Object.keys(pages).sort(), ['pages/note-topic-a.json', 'pages/question-q-one.json', 'pages/question-q-two.json']);
    const page = pages['pages/question-q-one.json'] as { prompt: string; answer: string };
    assert.strictEqual(page.prompt, 'Some context.');
    assert.match(page.answer, /^An answer\./);
    assert.deepStrictEqual(pages['pages/note-topic-a.json'], { note: 'A note.\n\n### Common pitfall\n\nA mistake.', math: {} });
  });

  it('reports every problem with its file and line, not only the first', () => {
    const { messages } = compile({
      'roadmap/01-basics.md': section,
      'questions/a/dup-1.md': question('same-id'),
      'questions/a/dup-2.md': question('same-id'),
      'questions/a/unknown-topic.md': question('q-unknown', '[topic-a, no-such-topic]'),
      'questions/a/no-answer.md': '---\nid: q-no-answer\ntitle: T?\ntopics: [topic-a]\ndifficulty: easy\nkind: concept\n---\nJust a question.\n',
      'questions/a/bad-yaml.md': '---\nid: q-bad\ntitle: [unclosed\n---\n## Answer\nx\n',
      'questions/a/bad-fields.md': '---\nid: Bad_Id\ntitle: Fine?\ntopics: [topic-a]\ndifficulty: trivial\nkind: concept\ncolour: red\n---\n## Answer\n\nx\n\n### Follow-up: y\n\nz\n',
      'questions/a/no-follow-up.md': question('q-no-follow-up', '[topic-a]', 'Only an answer.'),
      'notes/a/unknown.md': '---\ntopic: missing-topic\n---\nNote.\n',
      'notes/a/no-pitfall.md': '---\ntopic: topic-b\n---\nOnly a summary.\n',
      'notes/a/bad-tex.md': '---\ntopic: topic-a\n---\nA note.\n\nWith $\\sqrt{x$ here.\n\n### Common pitfall\n\nA mistake.\n',
    });
    assert.deepStrictEqual([...messages].sort(), [
      'notes/a/bad-tex.md:6: TeX error in "\\sqrt{x": Expected \'}\', got \'EOF\' at end of input: \\sqrt{x',
      'notes/a/no-pitfall.md:4: the note needs a "### Common pitfall" heading naming one mistake to avoid',
      'notes/a/unknown.md:2: unknown topic "missing-topic"',
      'questions/a/bad-fields.md:2: "id" "Bad_Id" must be kebab-case (a-z, 0-9 and single hyphens)',
      'questions/a/bad-fields.md:5: "difficulty" must be one of easy, medium, hard, not "trivial"',
      'questions/a/bad-fields.md:7: unknown field "colour"; allowed: id, title, topics, difficulty, kind, tags',
      'questions/a/bad-yaml.md:3: bad YAML: unexpected end of the stream within a flow collection',
      'questions/a/dup-2.md:2: duplicate question id "same-id" (also in questions/a/dup-1.md)',
      'questions/a/no-answer.md:8: missing answer: the body needs a line "## Answer" followed by the model answer',
      'questions/a/no-follow-up.md:11: the answer needs a "### Follow-up" heading with a likely next question and its short answer',
      'questions/a/unknown-topic.md:4: unknown topic "no-such-topic"',
    ]);
  });

  it('points at the line of a bad topic inside a section', () => {
    const broken = section.replace('        level: advanced', '        level: expert');
    const { messages } = compile({ 'roadmap/01-basics.md': broken });
    assert.deepStrictEqual(messages, [
      'roadmap/01-basics.md:12: "level" in topic 2 of group "basics-core" must be one of core, advanced, not "expert"',
    ]);
    const duplicate = compile({ 'roadmap/01-basics.md': section.replace('id: topic-b', 'id: topic-a') }).messages;
    assert.deepStrictEqual(duplicate, ['roadmap/01-basics.md:10: duplicate topic id "topic-a" (also in roadmap/01-basics.md:8)']);
  });

  it('refuses JavaScript front matter instead of evaluating it', () => {
    const { messages } = compile({ 'roadmap/01-basics.md': '---js\n{ id: (() => { throw new Error("ran") })() }\n---\n' });
    assert.deepStrictEqual(messages, ['roadmap/01-basics.md:1: missing front matter: the file must start with a line "---"']);
    const engine = compile({ 'notes/x.md': '---javascript\n"x"\n---\n' }).messages;
    assert.strictEqual(engine.length, 1);
  });

  it('writes nothing when a file is invalid, and compiles the shipped drills/ without errors', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-'));
    fs.mkdirSync(path.join(broken, 'roadmap'));
    fs.writeFileSync(path.join(broken, 'roadmap', '01.md'), '---\nid: x\n---\n');
    const failed = compileContentFolder(broken, out);
    assert.deepStrictEqual(failed.errors, [`${path.basename(broken)}/roadmap/01.md:2: missing "title"`, `${path.basename(broken)}/roadmap/01.md:2: "groups" must be a non-empty list`]);
    assert.deepStrictEqual(fs.readdirSync(out), []);
    const shipped = compileContentFolder(path.join(__dirname, '..', '..', '..', 'drills'), out);
    assert.deepStrictEqual(shipped.errors, []);
    assert.match(shipped.summary, /^9 sections, \d+ topics/);
  });
});
