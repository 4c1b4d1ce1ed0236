package harbinger.store;

/** Formats of {@code harbinger export}; see {@link EventExporter} for each layout. */
public enum ExportFormat { jsonl, csv, gdelt, parquet, plover }
