/**
 * The command line: one picocli subcommand per verb. Commands only parse options, call the pipeline or
 * another service, and print through the command's own writers; errors map to exit codes in one place.
 */
@NullMarked
package harbinger.cli;

import org.jspecify.annotations.NullMarked;
