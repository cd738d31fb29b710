/**
 * The constraint schema of a figures table: a Frictionless Table Schema with HXL tags and
 * documented cross-field rules, loaded from {@code schemas/figure.schema.json}.
 */
package org.humfig.schema;
