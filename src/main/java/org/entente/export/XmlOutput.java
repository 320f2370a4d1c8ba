package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML stream over an output stream that it leaves open; the writers that use it write one element a line. */
final class XmlOutput {
    private final Writer text;
    private final XMLStreamWriter writer;

    private XmlOutput(Writer text, XMLStreamWriter writer) {
        this.text = text;
        this.writer = writer;
    }

    static XmlOutput open(OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            return new XmlOutput(text, writer);
        } catch (XMLStreamException e) {
            throw new IOException("cannot start XML output: " + e.getMessage(), e);
        }
    }

    XMLStreamWriter writer() {
        return writer;
    }

    /** A line break and indentation before the next element, for people who open the file. */
    void newline(int depth) throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    void finish() throws XMLStreamException, IOException {
        writer.writeEndDocument();
        writer.flush();
        text.write('\n');
        text.flush();
    }
}
