/**
 * Validation of figures against the constraint schema with Hibernate Validator: field constraints
 * and cross-field rules configured from the schema file, violations with rule id and severity.
 */
package org.humfig.validate;
