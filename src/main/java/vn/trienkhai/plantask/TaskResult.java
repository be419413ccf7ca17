package vn.trienkhai.plantask;

import java.time.LocalDate;

/** What the lead unit submits: what was done, the output (document number and date, or a reference) and when. */
record TaskResult(String summary, String outputNumber, LocalDate outputDate, String outputReference, LocalDate finishedOn) {

    /** The output as one line: "123/KH-UBND ngày 05/09/2026", or the reference. */
    String outputText(java.time.format.DateTimeFormatter dates) {
        if (outputNumber == null) {
            return outputReference;
        }
        String document = outputDate == null ? outputNumber : outputNumber + " ngày " + dates.format(outputDate);
        return outputReference == null ? document : document + "; " + outputReference;
    }
}
