/**
 * Deliberately bad (and some good) classes for {@code ArchitectureRulesTest}: {@code alpha} is laid out like a
 * service, {@code beta} is another service, {@code lib} a library. Never shipped in the test-jar.
 */
package vn.cchc.shared.archfixture;
