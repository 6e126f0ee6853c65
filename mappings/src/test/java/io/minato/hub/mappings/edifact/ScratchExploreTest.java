package io.minato.hub.mappings.edifact;

import io.xlate.edi.stream.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.concurrent.*;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.io.sink.StringSink;
import org.smooks.io.sink.DOMSink;
import org.smooks.io.source.StringSource;

class ScratchExploreTest {
    void staedi(String label, byte[] b, String enc) {
        System.out.println("== " + label);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        try (EDIStreamReader r = enc == null ? factory.createEDIStreamReader(new ByteArrayInputStream(b)) : factory.createEDIStreamReader(new ByteArrayInputStream(b), enc)) {
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                Location l = r.getLocation();
                if (e.toString().contains("ERROR"))
                    System.out.println(e + " " + r.getErrorType() + " " + r.getReferenceCode() + " seg=" + l.getSegmentTag() + "#" + l.getSegmentPosition() + " el=" + l.getElementPosition() + "." + l.getComponentPosition() + " text=" + (r.hasText() ? r.getText() : ""));
                if (e == EDIStreamEvent.ELEMENT_DATA && "NAD".equals(l.getSegmentTag())) System.out.println("  NAD data " + r.getText());
            }
        } catch (Exception ex) { System.out.println("EXC " + ex); }
    }
    void explore() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/edi/iftmbc-inttra-confirmed.edi"), StandardCharsets.ISO_8859_1);
        String jp = text.replace("UNOC:3", "UNOY:3").replace("NIPPON AUTO PARTS K.K.", "横浜商事株式会社");
        staedi("UNOY utf8", jp.getBytes(StandardCharsets.UTF_8), null);
        staedi("UNOY utf8 declared", jp.getBytes(StandardCharsets.UTF_8), "UTF-8");
        staedi("UNOA utf8 declared", jp.replace("UNOY", "UNOA").getBytes(StandardCharsets.UTF_8), "UTF-8");
        staedi("garbage", "hello world, this is not EDI".getBytes(), "UTF-8");
        staedi("no UNZ", text.substring(0, text.indexOf("UNZ")).getBytes(), "UTF-8");
        staedi("UNZ count", text.replace("UNZ+1+", "UNZ+2+").getBytes(), "UTF-8");
        staedi("UNT ref", text.replace("UNT+27+1", "UNT+27+2").getBytes(), "UTF-8");
        staedi("lowercase tag", text.replace("EQN+1'", "eqn+1'").getBytes(), "UTF-8");
        staedi("release", text.replace("PACIFIC IMPORTS", "O?'BRIEN ?+ SONS").getBytes(), "UTF-8");
        staedi("no UNB", text.substring(text.indexOf("UNH")).getBytes(), "UTF-8");
        long t0 = System.nanoTime();
        Smooks smooks = new Smooks("smooks/iftmbc/iftmbc-d99b.xml");
        ExecutionContext ctx = smooks.createExecutionContext();
        StringSink sink = new StringSink();
        smooks.filterSource(ctx, new StringSource(text), sink);
        System.out.println("first " + (System.nanoTime() - t0) / 1e6 + " ms");
        for (String[] c : new String[][]{{"XYZ", text.replace("EQN+1'", "XYZ+1'")}, {"order", text.replace("NAD+CA+", "NADX").replace("TDT+20+", "NAD+CA+ONEY'\nTDT+20+")}, {"UNTcount", text.replace("UNT+27", "UNT+99")}, {"syntax2", text.replace("UNOC:3", "UNOC:2")}, {"release", text.replace("PACIFIC IMPORTS", "O?'BRIEN ?+ SONS")}, {"garbage", "hello world"}, {"badUNZ", text.replace("UNZ+1+IB0000123'", "UNZ+1")}}) {
            try {
                sink = new StringSink();
                smooks.filterSource(smooks.createExecutionContext(), new StringSource(c[1]), sink);
                String r = sink.getResult();
                System.out.println("== smooks " + c[0] + ": " + r.substring(Math.max(0, r.indexOf("SegGrp-6") - 10), Math.min(r.length(), r.indexOf("SegGrp-6") + 600)));
                if (r.contains("BadMessage")) System.out.println("   BADMESSAGE");
            } catch (Exception ex) { System.out.println("== smooks " + c[0] + " EXC " + ex); Throwable t = ex; while (t.getCause() != null && t.getCause() != t) { t = t.getCause(); System.out.println("   cause " + t); } }
        }
        t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) { DOMSink d = new DOMSink(); smooks.filterSource(smooks.createExecutionContext(), new StringSource(text), d); }
        System.out.println("seq per msg " + (System.nanoTime() - t0) / 1e6 / 200 + " ms");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        t0 = System.nanoTime();
        var fs = new java.util.ArrayList<Future<?>>();
        for (int i = 0; i < 400; i++) fs.add(pool.submit(() -> { DOMSink d = new DOMSink(); smooks.filterSource(smooks.createExecutionContext(), new StringSource(text), d); return d.getNode().getFirstChild().getNodeName(); }));
        for (var f : fs) f.get();
        System.out.println("par4 per msg " + (System.nanoTime() - t0) / 1e6 / 400 + " ms");
        pool.shutdown();
        smooks.close();
    }
}
