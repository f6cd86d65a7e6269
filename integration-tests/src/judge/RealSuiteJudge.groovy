import java.util.Locale

/**
 * Judges one run of a real suite with the extension on: the project's build.log and Surefire's
 * reports under target/surefire-reports, against the findings listed in the suite's section of
 * docs/real-suites.md. What fails the gate and what it only prints, and why, is written down in
 * that document's "What the gate checks".
 *
 * A real-suite IT's verify.groovy calls it with the directory of these classes, which the
 * integration-tests pom passes to every IT as judgeDirectory:
 * <pre>
 * def loader = new GroovyClassLoader(getClass().classLoader)
 * loader.addClasspath(judgeDirectory)
 * def verdict = loader.loadClass('RealSuiteJudge').judge(
 *         suite: 'Apache Commons Text 1.15.0',             // its section heading in the document
 *         project: basedir,
 *         document: new File(docsDirectory, 'real-suites.md'),
 *         parallelFloor: 0.95,
 *         minimumTestClasses: 99,
 *         countFromReports: false)                         // optional; see below
 * println verdict.report()
 * assert verdict.passed : verdict.problems.join('\n')
 * </pre>
 *
 * countFromReports is for a suite whose @Nested classes run inside many test classes (Commons
 * Collections' AbstractMapTest$MapEntrySetTest runs in every map's test): Surefire's totals line
 * counts each such nested class once, under its one name, so it says fewer tests than ran, while
 * the XML reports hold every test. With it the judge counts the reports, and only asks that they
 * hold at least the totals.
 */
class RealSuiteJudge {

    static Verdict judge(Map options) {
        String suite = options.suite
        File project = options.project as File
        File document = options.document as File
        BigDecimal floor = options.parallelFloor as BigDecimal
        int minimumTestClasses = options.minimumTestClasses as int
        boolean countFromReports = options.countFromReports as boolean
        assert suite && project && document && floor != null && minimumTestClasses > 0 :
                "the judge needs suite, project, document, parallelFloor and minimumTestClasses: ${options}"

        def verdict = new Verdict(suite)
        def log = new BuildLog(new File(project, 'build.log'))
        def reports = new SurefireReports(new File(project, 'target/surefire-reports'))
        def summaries = log.summaries()
        def summary = ExtensionSummary.total(summaries)
        def totals = log.totals()
        def findings = new FindingsTable(document, suite)
        if (findings.problem) {
            verdict.problems << "the findings cannot be read: ${findings.problem}"
        }

        checkFinished(verdict, log, reports, summaries, totals, minimumTestClasses, countFromReports)
        int tests = totals && !countFromReports ? totals.tests : reports.outcomes.size()
        describeRun(verdict, reports, summary, tests, floor)
        if (summaries) { // without the summary, the run did not finish: that is the problem to read
            checkShare(verdict, summary, tests, floor)
            checkAgreement(verdict, summary, reports, tests)
        }
        judgeFailures(verdict, reports, findings, document.name)
        verdict
    }

    /** A run that did not finish cannot show that the extension behaved. */
    private static void checkFinished(Verdict verdict, BuildLog log, SurefireReports reports,
            List<ExtensionSummary> summaries, Map<String, Integer> totals, int minimumTestClasses,
            boolean countFromReports) {
        if (!log.exists()) {
            verdict.problems << "the run did not finish: there is no ${log.file}"
            return
        }
        log.abnormalEnds().each {
            verdict.problems << "the run did not finish: build.log says '${it}'"
        }
        if (!log.succeeded()) {
            verdict.problems << 'the run did not finish: build.log has no BUILD SUCCESS (test failures' +
                    ' alone do not fail the build: the project sets testFailureIgnore)'
        }
        if (reports.files.size() < minimumTestClasses) {
            verdict.problems << "the run did not finish: Surefire wrote reports for" +
                    " ${count(reports.files.size(), 'test class', 'test classes')}, fewer than the ${minimumTestClasses} this suite has"
        }
        if (totals == null) {
            verdict.problems << "the run did not finish: build.log has no Surefire totals line" +
                    " ('Tests run: N, Failures: F, Errors: E, Skipped: S')"
        } else {
            def inReports = [tests: reports.outcomes.size(), failures: reports.count('failed'),
                             errors: reports.count('error'), skipped: reports.count('skipped')]
            if (countFromReports) {
                verdict.notes << "counted from the reports: Surefire's totals line in build.log says" +
                        " ${describe(totals)}, counting each @Nested class once however many test classes run it"
                if (inReports.tests < totals.tests) {
                    verdict.problems << "Surefire's reports hold fewer tests than its totals in build.log:" +
                            " the reports hold ${describe(inReports)}, build.log says ${describe(totals)}"
                }
            } else if (inReports != totals) {
                verdict.problems << "Surefire's reports disagree with its totals in build.log: the" +
                        " reports hold ${describe(inReports)}, build.log says ${describe(totals)}"
            }
        }
        if (!summaries) {
            verdict.problems << "the run did not finish: build.log has no summary of the extension" +
                    " ('${ExtensionSummary.HEADING}'), which it prints when the run ends"
        }
    }

    private static String describe(Map<String, Integer> numbers) {
        "${numbers.tests} tests, ${numbers.failures} failures, ${numbers.errors} errors," +
                " ${numbers.skipped} skipped"
    }

    private static void describeRun(Verdict verdict, SurefireReports reports, ExtensionSummary summary,
            int tests, BigDecimal floor) {
        verdict.notes << "tests found: ${tests} in ${count(reports.files.size(), 'test class', 'test classes')} (Surefire:" +
                " ${reports.count('passed')} passed, ${reports.count('failed')} failed," +
                " ${reports.count('error')} errors, ${reports.count('skipped')} skipped)"
        verdict.notes << "in parallel: ${summary.parallel} of ${tests} (${percent(summary.parallel, tests)};" +
                " the floor is ${percent(floor)})"
        verdict.notes << "on one thread as thread-unsafe: ${summary.oneThread}" +
                (summary.oneThreadByReason ? ', by reason:' : '')
        summary.oneThreadByReason.each { reason, count ->
            verdict.notes << "  ${count} ${count == 1 ? 'test' : 'tests'}: ${reason}"
        }
        if (summary.skippedAsThreadUnsafe) {
            verdict.notes << "skipped as thread-unsafe: ${summary.skippedAsThreadUnsafe}"
        }
        [changedGlobalState: 'changed JVM-global state while running in parallel',
         leftThreadsRunning: 'left threads running',
         unreadableClassFiles: 'class files detection could not read',
         abandonedWorkers: 'abandoned worker threads still running at its end (each was found looping' +
                 ' or stuck, and its test failed with its stack)'].each { field, what ->
            if (summary[field]) {
                verdict.notes << "the summary also reports ${what}: ${summary[field]}"
            }
        }
    }

    private static void checkShare(Verdict verdict, ExtensionSummary summary, int tests, BigDecimal floor) {
        if (tests > 0 && summary.parallel < floor * tests) {
            verdict.problems << "only ${summary.parallel} of ${tests} tests ran in parallel" +
                    " (${percent(summary.parallel, tests)}), below the floor of ${percent(floor)}"
        }
    }

    /** The extension's summary and Surefire count the same tests; where they must agree, they do. */
    private static void checkAgreement(Verdict verdict, ExtensionSummary summary, SurefireReports reports,
            int tests) {
        def disagree = { String what -> verdict.problems << "the extension's summary disagrees with Surefire: ${what}" }
        int ran = summary.parallel + summary.oneThread
        int passed = reports.count('passed')
        if (ran > tests) {
            disagree "it counts ${ran} tests run (${summary.parallel} in parallel, ${summary.oneThread} on" +
                    " one thread), more than the ${tests} Surefire ran"
        }
        if (passed > ran) {
            disagree "${passed} tests passed, but it counts only ${ran} run (in parallel or on one" +
                    " thread), and every test that passes runs through the extension"
        }
        int failed = reports.count('failed') + reports.count('error')
        if (summary.failedInParallel > failed) {
            disagree "it counts ${summary.failedInParallel} tests failed in parallel, more than the" +
                    " ${failed} that failed"
        }
        def texts = reports.failed.collect { new FailureText(it) }
        int nothing = texts.count { it.sharedNothing } as int
        int state = texts.count { it.triaged && !it.sharedNothing } as int
        if (summary.sharedNothing != nothing) {
            disagree "it counts ${summary.sharedNothing} failed tests that share nothing through the" +
                    " test, the reports ${nothing}"
        }
        if (summary.sharedState != state) {
            disagree "it counts ${summary.sharedState} failed tests that share state through the test," +
                    " the reports ${state}"
        }
        if (summary.sharedNothing + summary.sharedState + summary.sayNothing != summary.failedInParallel) {
            disagree "its groups of failed tests (${summary.sharedNothing} + ${summary.sharedState} +" +
                    " ${summary.sayNothing}) do not add up to its ${summary.failedInParallel} failed in parallel"
        }
        int byReason = summary.oneThreadByReason.values().sum(0) as int
        if (byReason != summary.oneThread) {
            disagree "its one-thread reasons count ${byReason} tests, its total ${summary.oneThread}"
        }
    }

    /**
     * Every failure: a sign of the extension fails the gate; a triaged parallel failure is a
     * finding, listed or new; one without triage fails the gate unless it is listed.
     */
    private static void judgeFailures(Verdict verdict, SurefireReports reports, FindingsTable findings,
            String documentName) {
        String where = "under '### Findings' of '## ${findings.suite}' in ${documentName}"
        int nothing = 0, state = 0, untriaged = 0, signs = 0, listed = 0, fresh = 0
        reports.failed.each { TestOutcome test ->
            def failure = new FailureText(test)
            String sign = ExtensionSigns.of(failure)
            boolean isListed = !findings.listing(test).isEmpty()
            if (failure.triaged) {
                failure.sharedNothing ? nothing++ : state++
            } else {
                untriaged++
            }
            if (sign) {
                signs++
                verdict.problems << "${test.id} (${test}) failed with the extension's marks: ${sign}\n" +
                        indent(firstLines(test.message, 4))
            } else if (isListed) {
                listed++
                verdict.notes << "listed finding failed: ${test.id} (${test}): " +
                        (failure.triaged ? "${failure.heading}; shared through the test: ${failure.shared}"
                                : "no triage: ${firstLines(test.message, 1)}")
            } else if (failure.triaged) {
                fresh++
                verdict.newFindings << newFinding(test, failure, where)
            } else {
                verdict.problems << "${test.id} (${test}) failed without triage (${whyUntriaged(failure)})," +
                        " and is not listed ${where}:\n" + indent(firstLines(test.message, 4))
            }
        }
        verdict.notes << "failed: ${reports.failed.size()}, of which ${nothing} share nothing through the test," +
                " ${state} share state through the test, ${untriaged} carry no triage; ${listed} listed," +
                " ${fresh} new findings, ${signs} with the extension's marks"
        def notRun = findings.notAmong(reports.outcomes)
        def quiet = findings.notAmong(reports.failed) - notRun
        if (quiet) {
            verdict.notes << "listed findings that passed this time (${quiet.size()}): ${quiet.join(', ')}"
        }
        if (notRun) {
            verdict.notes << "listed findings that did not run (renamed or left out?): ${notRun.join(', ')}"
        }
    }

    private static String newFinding(TestOutcome test, FailureText failure, String where) {
        String group = failure.sharedNothing ? 'shares nothing through the test'
                : 'shares state through the test'
        "${test.id} (${test}), ${group}: ${failure.heading}\n" +
                failure.distinctFailures.collect { "    ${it}\n" }.join('') +
                "    shared through the test: ${failure.shared}\n" +
                (failure.alikeOnEveryThread ? "    every thread failed alike: run it on one thread" +
                        " (-Djunit.parallel.threads=1) too, since a test that fails there is not" +
                        " about concurrency\n" : '') +
                "    not listed ${where}: read the failure and the test, then list it there"
    }

    private static String whyUntriaged(FailureText failure) {
        if (failure.heading == null) {
            return "no 'Shared through the test:' line: it failed outside a parallel run of its body," +
                    " on one thread or before or after the body"
        }
        if (!failure.parallel) {
            return "it failed on its only thread"
        }
        if (failure.shared == null) {
            return "the extension's report of its parallel failure has no 'Shared through the test:' line"
        }
        "the extension could not work out what its threads shared: ${failure.shared}"
    }

    private static String firstLines(String text, int count) {
        def lines = (text ?: '(no message)').readLines()
        lines.take(count).join('\n') + (lines.size() > count ? '\n...' : '')
    }

    private static String indent(String text) {
        text.readLines().collect { '    ' + it }.join('\n')
    }

    private static String count(int number, String one, String many) {
        "${number} ${number == 1 ? one : many}"
    }

    private static String percent(int part, int whole) {
        whole == 0 ? 'n/a' : String.format(Locale.ROOT, '%.1f %%', 100.0 * part / whole)
    }

    private static String percent(BigDecimal fraction) {
        String.format(Locale.ROOT, '%s %%', (fraction * 100).stripTrailingZeros().toPlainString())
    }
}
