package io.github.parallelthreads.examples.formatter;

class DateTimeFormatterTimestampsTest extends TimestampFormatContract {

  @Override
  TimestampFormat newFormat() {
    return new DateTimeFormatterTimestamps();
  }
}
