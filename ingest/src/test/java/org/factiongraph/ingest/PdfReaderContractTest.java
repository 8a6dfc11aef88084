package org.factiongraph.ingest;

/** The reader contract for PDFs, on the two-page report {@link Pdfs#report()} makes. */
class PdfReaderContractTest extends ReaderContractTest {
    /** Made once: PDFBox writes a time-based file ID, and the contract compares ids of two reads. */
    private static final byte[] REPORT = Pdfs.report();

    @Override
    String fileName() {
        return "report.pdf";
    }

    @Override
    byte[] fixture() {
        return REPORT.clone();
    }

    @Override
    String expectedFormat() {
        return "pdf";
    }

    @Override
    String expectedSentence() {
        return "Fighters of Ahrar al-Sham clashed with the Islamic State near Marea.";
    }

    @Override
    String expectedTitle() {
        return Pdfs.TITLE;
    }
}
