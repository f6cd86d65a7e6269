package io.github.parallelthreads.benchmarks.suite;

import org.junit.jupiter.api.Test;

/**
 * One hundred empty tests: what is left to measure is the cost of running a test, with and without
 * the extension. Each subclass in {@link TrivialSuite} runs all hundred again.
 */
abstract class HundredTrivialTests {

  @Test
  void test00() {}

  @Test
  void test01() {}

  @Test
  void test02() {}

  @Test
  void test03() {}

  @Test
  void test04() {}

  @Test
  void test05() {}

  @Test
  void test06() {}

  @Test
  void test07() {}

  @Test
  void test08() {}

  @Test
  void test09() {}

  @Test
  void test10() {}

  @Test
  void test11() {}

  @Test
  void test12() {}

  @Test
  void test13() {}

  @Test
  void test14() {}

  @Test
  void test15() {}

  @Test
  void test16() {}

  @Test
  void test17() {}

  @Test
  void test18() {}

  @Test
  void test19() {}

  @Test
  void test20() {}

  @Test
  void test21() {}

  @Test
  void test22() {}

  @Test
  void test23() {}

  @Test
  void test24() {}

  @Test
  void test25() {}

  @Test
  void test26() {}

  @Test
  void test27() {}

  @Test
  void test28() {}

  @Test
  void test29() {}

  @Test
  void test30() {}

  @Test
  void test31() {}

  @Test
  void test32() {}

  @Test
  void test33() {}

  @Test
  void test34() {}

  @Test
  void test35() {}

  @Test
  void test36() {}

  @Test
  void test37() {}

  @Test
  void test38() {}

  @Test
  void test39() {}

  @Test
  void test40() {}

  @Test
  void test41() {}

  @Test
  void test42() {}

  @Test
  void test43() {}

  @Test
  void test44() {}

  @Test
  void test45() {}

  @Test
  void test46() {}

  @Test
  void test47() {}

  @Test
  void test48() {}

  @Test
  void test49() {}

  @Test
  void test50() {}

  @Test
  void test51() {}

  @Test
  void test52() {}

  @Test
  void test53() {}

  @Test
  void test54() {}

  @Test
  void test55() {}

  @Test
  void test56() {}

  @Test
  void test57() {}

  @Test
  void test58() {}

  @Test
  void test59() {}

  @Test
  void test60() {}

  @Test
  void test61() {}

  @Test
  void test62() {}

  @Test
  void test63() {}

  @Test
  void test64() {}

  @Test
  void test65() {}

  @Test
  void test66() {}

  @Test
  void test67() {}

  @Test
  void test68() {}

  @Test
  void test69() {}

  @Test
  void test70() {}

  @Test
  void test71() {}

  @Test
  void test72() {}

  @Test
  void test73() {}

  @Test
  void test74() {}

  @Test
  void test75() {}

  @Test
  void test76() {}

  @Test
  void test77() {}

  @Test
  void test78() {}

  @Test
  void test79() {}

  @Test
  void test80() {}

  @Test
  void test81() {}

  @Test
  void test82() {}

  @Test
  void test83() {}

  @Test
  void test84() {}

  @Test
  void test85() {}

  @Test
  void test86() {}

  @Test
  void test87() {}

  @Test
  void test88() {}

  @Test
  void test89() {}

  @Test
  void test90() {}

  @Test
  void test91() {}

  @Test
  void test92() {}

  @Test
  void test93() {}

  @Test
  void test94() {}

  @Test
  void test95() {}

  @Test
  void test96() {}

  @Test
  void test97() {}

  @Test
  void test98() {}

  @Test
  void test99() {}
}
