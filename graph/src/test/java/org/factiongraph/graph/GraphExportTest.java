package org.factiongraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factiongraph.model.EntityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphExportTest {

    private static final String NASTY = "Liwa <al-\"Haqq\"> & 'Sons'\u0001, =cmd";
    private KnowledgeGraph graph;
    private Worlds w;

    @BeforeEach
    void world() {
        w = new Worlds();
        w.entity(NASTY, EntityKind.ARMED_GROUP);
        w.entity("Front Y", EntityKind.COALITION);
        w.entity("Jaysh Z", EntityKind.ARMED_GROUP);
        w.claim("docA", NASTY, "member_of", "Front Y", "2014-01", "2014-12", null);
        w.claim("docB", NASTY, "member_of", "Front Y", "2014", null, null);
        w.claim("docA", "Jaysh Z", "fought", NASTY, "2016-11", null, null);
        w.claim("docA", "Jaysh Z", "founded", null, null, null, "2013");
        w.claim("docA", "Jaysh Z", "allied_with", "Front Y", null, null, null);
        w.claim("docC", NASTY, "allied_with", "Front Y", null, null, null);
        graph = w.build();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nl = d.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    @Test
    void gexfIsADynamicGraphWithDatedNodesAndEdgesCarryingRelationConfidenceAndSources() throws Exception {
        StringWriter out = new StringWriter();
        GraphExport.gexf(graph, out);
        Document d = parse(out.toString());
        Element g = elements(d, "graph").get(0);
        assertEquals("http://gexf.net/1.3", d.getDocumentElement().getNamespaceURI());
        assertEquals("dynamic", g.getAttribute("mode"));
        assertEquals("date", g.getAttribute("timeformat"));
        Element nasty = elements(d, "node").stream().filter(n -> n.getAttribute("label").startsWith("Liwa"))
                .findFirst().orElseThrow();
        assertEquals("Liwa <al-\"Haqq\"> & 'Sons', =cmd", nasty.getAttribute("label"), "escaped, control char dropped");
        assertEquals("2014-01-01", nasty.getAttribute("start"));
        List<Element> edges = elements(d, "edge");
        assertEquals(3, edges.size(), "the alliance from a document without dates has no place on a timeline");
        Element framed = edges.stream().filter(e -> e.getAttribute("label").equals("allied_with")).findFirst()
                .orElseThrow();
        assertEquals("2013-01-01", framed.getAttribute("start"), "an undated claim holds in its document's frame");
        assertEquals("2016-11-30", framed.getAttribute("end"));
        Element member = edges.stream().filter(e -> e.getAttribute("label").equals("member_of")).findFirst()
                .orElseThrow();
        assertEquals("2014-01-01", member.getAttribute("start"));
        assertEquals("2014-12-31", member.getAttribute("end"));
        List<String> attrs = new ArrayList<>();
        for (Element v : elements(d, "attvalue")) {
            if (v.getParentNode().getParentNode() == member) {
                attrs.add(v.getAttribute("for") + "=" + v.getAttribute("value"));
            }
        }
        assertTrue(attrs.contains("relation=member_of"), attrs.toString());
        assertTrue(attrs.contains("sources=2"), attrs.toString());
        assertTrue(attrs.stream().anyMatch(a -> a.startsWith("confidence=0.")), attrs.toString());
        Element fight = edges.stream().filter(e -> e.getAttribute("label").equals("fought")).findFirst()
                .orElseThrow();
        assertEquals("undirected", fight.getAttribute("type"));
        assertFalse(fight.hasAttribute("end"), "an open fight has no end");
    }

    @Test
    void graphmlParsesAndHasEveryEntityAndEveryAssertedFactBetweenEntities() throws Exception {
        StringWriter out = new StringWriter();
        GraphExport.graphml(graph, out);
        Document d = parse(out.toString());
        assertEquals(3, elements(d, "node").size());
        assertEquals(4, elements(d, "edge").size());
        boolean found = false;
        for (Element data : elements(d, "data")) {
            if (data.getAttribute("key").equals("name") && data.getTextContent().startsWith("Liwa")) {
                assertEquals("Liwa <al-\"Haqq\"> & 'Sons', =cmd", data.getTextContent());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void csvQuotesCellsWithCommasAndDefusesFormulas() {
        StringWriter out = new StringWriter();
        GraphExport.csv(graph, out);
        String[] lines = out.toString().split("\r\n");
        assertEquals("subject,subject_name,relation,object,object_name,start,end,at,holds_from,holds_until,"
                + "confidence,sources,documents", lines[0]);
        assertEquals(5, lines.length, "four asserted facts with objects plus the header");
        String member = java.util.Arrays.stream(lines).filter(l -> l.contains(",member_of,")).findFirst().orElseThrow();
        assertTrue(member.contains("\"Liwa <al-\"\"Haqq\"\"> & 'Sons'\u0001, =cmd\""), member);
        assertTrue(member.contains(",2014-01,2014-12,,2014-01,2014-12,"), member);
        assertTrue(member.endsWith(",2,docA;docB"), member);
        assertEquals("'=cmd", GraphExport.cell("=cmd"));
        assertEquals("\"a,b\"", GraphExport.cell("a,b"));
    }
}
