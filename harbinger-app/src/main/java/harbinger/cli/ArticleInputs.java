package harbinger.cli;

import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The inputs of the commands that code files ({@code code}, {@code ingest}): paths, {@code --published} and
 *  {@code --max-bytes}, declared once. */
final class ArticleInputs {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Input files or directories; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Mixin PublishedOption date;

  @Mixin ReadLimitOptions limits;

  /** Opens the inputs as one lazy stream; when the bar is shown, counts them first so it can show time left. */
  Stream<ReadItem> open(ArticleSources sources, Progress progress) {
    var options = limits.readOptions(date.published);
    if (progress.enabled()) progress.total(Inputs.count(sources, paths, options));
    return Inputs.open(sources, paths, options);
  }
}
