/**
 * Accuracy against hand-annotated gold figures, with the matching rules of the project's scorer.
 */
package org.humfig.evaluation;
