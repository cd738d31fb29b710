/**
 * humfig: the front door ({@link org.humfig.Humfig}) that streams documents through extraction and
 * validation, and the outcome records it hands on.
 */
package org.humfig;
