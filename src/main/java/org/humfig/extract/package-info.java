/**
 * Figure extraction: sentences read once, rules matched from their anchors, each number claimed by
 * its best rule, then located, dated and attributed, and repeats within a document merged.
 */
package org.humfig.extract;
