/** Turns a JMH JSON result file into the tables and the scaling chart of BENCHMARKS.md. */
package io.voicecampaign.benchmarks.report;
