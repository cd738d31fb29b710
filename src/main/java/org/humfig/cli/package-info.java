/** The command line: picocli commands over the library, nothing else imports this package. */
package org.humfig.cli;
