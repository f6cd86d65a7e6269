/**
 * Checks that the extension exposes the bugs of the examples' unsafe variants: each runs a fixture
 * through the real engine until it fails, and prints what the extension reported.
 */
package io.github.parallelthreads.examples.exposure;
