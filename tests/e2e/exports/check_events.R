# Reads Entente's events table (export --format events) with R's read.delim, as a researcher would, and summarises it.
#
# Usage: Rscript check_events.R EVENTS.tsv
#
# Prints one "key<TAB>value" line each, in UTF-8 whatever the locale: rows, columns (joined by "|"), the class of
# Intensity and Sentence Number, how many event dates as.Date cannot read, the date range, modality counts, the codes
# in the country columns, and the cells of two rows, with a tab shown as <TAB> and a line feed as <LF>.
# allowEscapes = TRUE undoes the export's \t and \n escapes; check.names = FALSE keeps the column names as written;
# CAMEO codes are read as text, since their leading zeros matter ("010").
args <- commandArgs(trailingOnly = TRUE)
events <- read.delim(args[1], check.names = FALSE, encoding = "UTF-8", allowEscapes = TRUE,
                     colClasses = c("CAMEO Code" = "character"), stringsAsFactors = FALSE)
out <- function(key, value) {
  text <- paste(enc2utf8(as.character(value)), collapse = "|")
  text <- gsub("\n", "<LF>", gsub("\t", "<TAB>", text, fixed = TRUE), fixed = TRUE)
  writeLines(enc2utf8(paste0(key, "\t", text)), useBytes = TRUE)
}
dates <- as.Date(events[["Event Date"]], format = "%Y-%m-%d")
out("rows", nrow(events))
out("columns", names(events))
out("intensity_class", class(events[["Intensity"]]))
out("sentence_number_class", class(events[["Sentence Number"]]))
out("unparsed_dates", sum(is.na(dates)))
out("date_range", format(range(dates)))
out("intensity_sum", format(sum(events[["Intensity"]]), nsmall = 1))
modalities <- table(events[["Modality"]])
out("modalities", paste(names(modalities), as.integer(modalities), sep = "="))
countries <- c(events[["Source Country"]], events[["Target Country"]])
out("countries", sort(unique(countries[countries != ""])))
row_of <- function(pattern) events[grepl(pattern, events[["Event ID"]], fixed = TRUE), ]
wagner <- row_of("/coded-event-492")
out("wagner_source", wagner[["Source Name"]])
out("wagner_sentence", wagner[["Sentence"]])
out("wagner_target", wagner[["Target Name"]])
agree <- row_of("/coded-event-80")
out("agree", c(agree[["Event Date"]], agree[["PLOVER Type"]], agree[["Modality"]], agree[["CAMEO Code"]],
               agree[["Intensity"]], agree[["Source Country"]], agree[["Target Country"]]))
out("consolidated", sort(unique(events[["Consolidated Event"]][events[["Consolidated Event"]] != ""])))
