/**
 * Extraction rules as data: token patterns over lexicon classes, loaded from YAML rule files with
 * their examples, compiled and indexed by anchor word so that a sentence is read once.
 */
package org.humfig.rule;
