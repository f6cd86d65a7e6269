package io.github.parallelthreads.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One hundred tests whose bodies call through two levels of helpers into the JDK: unlike {@link
 * HundredTrivialTests}, they give thread-unsafe detection's call analysis something to walk.
 */
abstract class HundredCallingTests {

  @Test
  void test00() {
    assertEquals(0, Helpers.levelOne(0));
  }

  @Test
  void test01() {
    assertEquals(1, Helpers.levelOne(1));
  }

  @Test
  void test02() {
    assertEquals(2, Helpers.levelOne(2));
  }

  @Test
  void test03() {
    assertEquals(3, Helpers.levelOne(3));
  }

  @Test
  void test04() {
    assertEquals(4, Helpers.levelOne(4));
  }

  @Test
  void test05() {
    assertEquals(5, Helpers.levelOne(5));
  }

  @Test
  void test06() {
    assertEquals(6, Helpers.levelOne(6));
  }

  @Test
  void test07() {
    assertEquals(7, Helpers.levelOne(7));
  }

  @Test
  void test08() {
    assertEquals(8, Helpers.levelOne(8));
  }

  @Test
  void test09() {
    assertEquals(9, Helpers.levelOne(9));
  }

  @Test
  void test10() {
    assertEquals(10, Helpers.levelOne(10));
  }

  @Test
  void test11() {
    assertEquals(11, Helpers.levelOne(11));
  }

  @Test
  void test12() {
    assertEquals(12, Helpers.levelOne(12));
  }

  @Test
  void test13() {
    assertEquals(13, Helpers.levelOne(13));
  }

  @Test
  void test14() {
    assertEquals(14, Helpers.levelOne(14));
  }

  @Test
  void test15() {
    assertEquals(15, Helpers.levelOne(15));
  }

  @Test
  void test16() {
    assertEquals(16, Helpers.levelOne(16));
  }

  @Test
  void test17() {
    assertEquals(17, Helpers.levelOne(17));
  }

  @Test
  void test18() {
    assertEquals(18, Helpers.levelOne(18));
  }

  @Test
  void test19() {
    assertEquals(19, Helpers.levelOne(19));
  }

  @Test
  void test20() {
    assertEquals(20, Helpers.levelOne(20));
  }

  @Test
  void test21() {
    assertEquals(21, Helpers.levelOne(21));
  }

  @Test
  void test22() {
    assertEquals(22, Helpers.levelOne(22));
  }

  @Test
  void test23() {
    assertEquals(23, Helpers.levelOne(23));
  }

  @Test
  void test24() {
    assertEquals(24, Helpers.levelOne(24));
  }

  @Test
  void test25() {
    assertEquals(25, Helpers.levelOne(25));
  }

  @Test
  void test26() {
    assertEquals(26, Helpers.levelOne(26));
  }

  @Test
  void test27() {
    assertEquals(27, Helpers.levelOne(27));
  }

  @Test
  void test28() {
    assertEquals(28, Helpers.levelOne(28));
  }

  @Test
  void test29() {
    assertEquals(29, Helpers.levelOne(29));
  }

  @Test
  void test30() {
    assertEquals(30, Helpers.levelOne(30));
  }

  @Test
  void test31() {
    assertEquals(31, Helpers.levelOne(31));
  }

  @Test
  void test32() {
    assertEquals(32, Helpers.levelOne(32));
  }

  @Test
  void test33() {
    assertEquals(33, Helpers.levelOne(33));
  }

  @Test
  void test34() {
    assertEquals(34, Helpers.levelOne(34));
  }

  @Test
  void test35() {
    assertEquals(35, Helpers.levelOne(35));
  }

  @Test
  void test36() {
    assertEquals(36, Helpers.levelOne(36));
  }

  @Test
  void test37() {
    assertEquals(37, Helpers.levelOne(37));
  }

  @Test
  void test38() {
    assertEquals(38, Helpers.levelOne(38));
  }

  @Test
  void test39() {
    assertEquals(39, Helpers.levelOne(39));
  }

  @Test
  void test40() {
    assertEquals(40, Helpers.levelOne(40));
  }

  @Test
  void test41() {
    assertEquals(41, Helpers.levelOne(41));
  }

  @Test
  void test42() {
    assertEquals(42, Helpers.levelOne(42));
  }

  @Test
  void test43() {
    assertEquals(43, Helpers.levelOne(43));
  }

  @Test
  void test44() {
    assertEquals(44, Helpers.levelOne(44));
  }

  @Test
  void test45() {
    assertEquals(45, Helpers.levelOne(45));
  }

  @Test
  void test46() {
    assertEquals(46, Helpers.levelOne(46));
  }

  @Test
  void test47() {
    assertEquals(47, Helpers.levelOne(47));
  }

  @Test
  void test48() {
    assertEquals(48, Helpers.levelOne(48));
  }

  @Test
  void test49() {
    assertEquals(49, Helpers.levelOne(49));
  }

  @Test
  void test50() {
    assertEquals(50, Helpers.levelOne(50));
  }

  @Test
  void test51() {
    assertEquals(51, Helpers.levelOne(51));
  }

  @Test
  void test52() {
    assertEquals(52, Helpers.levelOne(52));
  }

  @Test
  void test53() {
    assertEquals(53, Helpers.levelOne(53));
  }

  @Test
  void test54() {
    assertEquals(54, Helpers.levelOne(54));
  }

  @Test
  void test55() {
    assertEquals(55, Helpers.levelOne(55));
  }

  @Test
  void test56() {
    assertEquals(56, Helpers.levelOne(56));
  }

  @Test
  void test57() {
    assertEquals(57, Helpers.levelOne(57));
  }

  @Test
  void test58() {
    assertEquals(58, Helpers.levelOne(58));
  }

  @Test
  void test59() {
    assertEquals(59, Helpers.levelOne(59));
  }

  @Test
  void test60() {
    assertEquals(60, Helpers.levelOne(60));
  }

  @Test
  void test61() {
    assertEquals(61, Helpers.levelOne(61));
  }

  @Test
  void test62() {
    assertEquals(62, Helpers.levelOne(62));
  }

  @Test
  void test63() {
    assertEquals(63, Helpers.levelOne(63));
  }

  @Test
  void test64() {
    assertEquals(64, Helpers.levelOne(64));
  }

  @Test
  void test65() {
    assertEquals(65, Helpers.levelOne(65));
  }

  @Test
  void test66() {
    assertEquals(66, Helpers.levelOne(66));
  }

  @Test
  void test67() {
    assertEquals(67, Helpers.levelOne(67));
  }

  @Test
  void test68() {
    assertEquals(68, Helpers.levelOne(68));
  }

  @Test
  void test69() {
    assertEquals(69, Helpers.levelOne(69));
  }

  @Test
  void test70() {
    assertEquals(70, Helpers.levelOne(70));
  }

  @Test
  void test71() {
    assertEquals(71, Helpers.levelOne(71));
  }

  @Test
  void test72() {
    assertEquals(72, Helpers.levelOne(72));
  }

  @Test
  void test73() {
    assertEquals(73, Helpers.levelOne(73));
  }

  @Test
  void test74() {
    assertEquals(74, Helpers.levelOne(74));
  }

  @Test
  void test75() {
    assertEquals(75, Helpers.levelOne(75));
  }

  @Test
  void test76() {
    assertEquals(76, Helpers.levelOne(76));
  }

  @Test
  void test77() {
    assertEquals(77, Helpers.levelOne(77));
  }

  @Test
  void test78() {
    assertEquals(78, Helpers.levelOne(78));
  }

  @Test
  void test79() {
    assertEquals(79, Helpers.levelOne(79));
  }

  @Test
  void test80() {
    assertEquals(80, Helpers.levelOne(80));
  }

  @Test
  void test81() {
    assertEquals(81, Helpers.levelOne(81));
  }

  @Test
  void test82() {
    assertEquals(82, Helpers.levelOne(82));
  }

  @Test
  void test83() {
    assertEquals(83, Helpers.levelOne(83));
  }

  @Test
  void test84() {
    assertEquals(84, Helpers.levelOne(84));
  }

  @Test
  void test85() {
    assertEquals(85, Helpers.levelOne(85));
  }

  @Test
  void test86() {
    assertEquals(86, Helpers.levelOne(86));
  }

  @Test
  void test87() {
    assertEquals(87, Helpers.levelOne(87));
  }

  @Test
  void test88() {
    assertEquals(88, Helpers.levelOne(88));
  }

  @Test
  void test89() {
    assertEquals(89, Helpers.levelOne(89));
  }

  @Test
  void test90() {
    assertEquals(90, Helpers.levelOne(90));
  }

  @Test
  void test91() {
    assertEquals(91, Helpers.levelOne(91));
  }

  @Test
  void test92() {
    assertEquals(92, Helpers.levelOne(92));
  }

  @Test
  void test93() {
    assertEquals(93, Helpers.levelOne(93));
  }

  @Test
  void test94() {
    assertEquals(94, Helpers.levelOne(94));
  }

  @Test
  void test95() {
    assertEquals(95, Helpers.levelOne(95));
  }

  @Test
  void test96() {
    assertEquals(96, Helpers.levelOne(96));
  }

  @Test
  void test97() {
    assertEquals(97, Helpers.levelOne(97));
  }

  @Test
  void test98() {
    assertEquals(98, Helpers.levelOne(98));
  }

  @Test
  void test99() {
    assertEquals(99, Helpers.levelOne(99));
  }
}
