// The judge of the real-suite ITs must fail a run for each of its reasons, and only for those: each
// case under src/judge-fixtures/cases is the fixtures' base run (base/) with the files of its
// project/ laid over it and the files its options.properties names removed, judged with the
// options given there; the judge's whole report must be the case's expected.txt, word for word.
// The fixtures keep Surefire's reports in surefire-reports/ (target/ is ignored by git); a run has
// them in target/surefire-reports, where the judge reads them.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def loader = new GroovyClassLoader(getClass().classLoader)
loader.addClasspath(judgeDirectory)
def judge = loader.loadClass('RealSuiteJudge')

def fixtures = new File(judgeFixturesDirectory)
def copyTree = { File from, File to ->
    from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def path = from.toPath().relativize(file.toPath()).toString()
        def target = new File(to, path.startsWith('surefire-reports/') ? "target/${path}" : path)
        target.parentFile.mkdirs()
        Files.copy(file.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
    }
}

def cases = new File(fixtures, 'cases').listFiles().findAll { it.isDirectory() }.sort { it.name }
def mismatches = []
cases.each { File caseDirectory ->
    def run = new File(basedir, "target/cases/${caseDirectory.name}")
    run.deleteDir()
    copyTree(new File(fixtures, 'base'), run)
    if (new File(caseDirectory, 'project').isDirectory()) {
        copyTree(new File(caseDirectory, 'project'), run)
    }
    def options = new Properties()
    def optionsFile = new File(caseDirectory, 'options.properties')
    if (optionsFile.isFile()) {
        optionsFile.withReader('UTF-8') { options.load(it) }
    }
    options.getProperty('remove', '').split(',').findAll().each { assert new File(run, it.trim()).delete() }
    def verdict = judge.judge(
            suite: options.getProperty('suite', 'Fake Suite 1.0'),
            project: run,
            document: new File(fixtures, 'real-suites.md'),
            parallelFloor: new BigDecimal(options.getProperty('parallelFloor', '0.5')),
            minimumTestClasses: 2,
            countFromReports: options.getProperty('countFromReports', 'false').toBoolean())
    def said = verdict.report()
    def expected = new File(caseDirectory, 'expected.txt').getText('UTF-8')
    if (said != expected) {
        mismatches << "case ${caseDirectory.name}: expected\n${expected}but the judge said\n${said}"
        new File(run, 'said.txt').setText(said, 'UTF-8')
    }
}
println "real-suite judge: ${cases.size()} cases, ${cases.size() - mismatches.size()} as expected"
assert cases.size() >= 15 : "expected the judge's 15 cases under ${fixtures}/cases, found ${cases*.name}"
assert mismatches.isEmpty() : mismatches.join('\n')
return true
