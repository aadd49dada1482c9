import * as assert from 'assert';
import { parseJUnit } from '../../src/core/junit';

const report = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="2" skipped="1" tests="5">
<testcase classname="test_visible" name="test_passes" file="test_visible.py" line="18" time="0.009" />
<testcase classname="test_visible" name="test_zero_std" file="test_visible.py" line="28" time="0.007"><failure message="assert nan == 0.0 ± 1.0e-12&#10;  comparison failed">    def test_zero_std(features):
&gt;       assert features.loc["u2", "std_amount"] == pytest.approx(0.0)
E       assert nan == 0.0 ± 1.0e-12

test_visible.py:30: AssertionError</failure></testcase>
<testcase classname="test_checks" name="test_days" file="/ext/checks/test_checks.py" line="40" time="0.250"><failure message="AssertionError: days_active counts transactions; it must count distinct days&#10;assert 3 != 3">E       AssertionError: days_active counts transactions
E       assert 3 != 3</failure></testcase>
<testcase classname="test_checks" name="test_usual_setup" file="/ext/checks/test_checks.py" line="99" time="0.001"><skipped type="pytest.skip" message="chromadb is missing">/ext/checks/test_checks.py:108: chromadb is missing</skipped></testcase>
<testcase classname="" name="test_visible" file="test_visible.py" time="0.000"><error message="collection failure">test_visible.py:7: in &lt;module&gt;
    from solution import user_features
E     File "/tmp/att/solution.py", line 3
E       def user_features(t:
E                        ^
E   SyntaxError: '(' was never closed</error></testcase>
</testsuite></testsuites>`;

describe('pytest JUnit report', () => {
  const results = parseJUnit(report);
  const byName = Object.fromEntries(results.map((result) => [result.name, result]));

  it('reads every test case with its outcome, file, 1-based line and duration', () => {
    assert.deepStrictEqual(results.map((r) => [r.id, r.outcome]), [
      ['test_visible.py::test_passes', 'passed'],
      ['test_visible.py::test_zero_std', 'failed'],
      ['test_checks.py::test_days', 'failed'],
      ['test_checks.py::test_usual_setup', 'skipped'],
      ['test_visible.py::test_visible', 'error'],
    ]);
    assert.deepStrictEqual([byName.test_passes.file, byName.test_passes.line, byName.test_passes.durationMs], ['test_visible.py', 19, 9]);
  });

  it('keeps the assertion message, the report, and expected and actual values of a comparison', () => {
    assert.strictEqual(byName.test_zero_std.message, 'assert nan == 0.0 ± 1.0e-12');
    assert.deepStrictEqual([byName.test_zero_std.actual, byName.test_zero_std.expected], ['nan', '0.0 ± 1.0e-12']);
    assert.match(byName.test_zero_std.details!, /> {7}assert features.loc\["u2", "std_amount"\]/);
    assert.strictEqual(byName.test_days.message, 'days_active counts transactions; it must count distinct days');
    assert.strictEqual(byName.test_usual_setup.message, 'chromadb is missing');
  });

  it('points a collection error at the line of the syntax error, with the exception as its message', () => {
    assert.deepStrictEqual([byName.test_visible.file, byName.test_visible.line], ['/tmp/att/solution.py', 3]);
    assert.strictEqual(byName.test_visible.message, "SyntaxError: '(' was never closed");
  });
});
