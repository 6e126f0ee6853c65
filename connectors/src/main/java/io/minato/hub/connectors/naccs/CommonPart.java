package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;

/**
 * The 400-byte common part (共通項目) that opens every NACCS message, input or output. The items
 * both directions share are the ones NACCS echoes so that outputs can be correlated with inputs.
 */
public sealed interface CommonPart permits InputCommonPart, OutputCommonPart {

    String businessCode();

    String userCode();

    /** 電文引継情報 (message hand-over information), echoed in every output. */
    String handOverInfo();

    /** 入力情報特定番号 (input information identification number), echoed. */
    String inputIdNumber();

    /** 索引引継情報 (index hand-over information), echoed. */
    String indexHandOverInfo();

    /** The 400 bytes of this common part, with the length of the whole message it opens. */
    byte[] encode(int messageLength, Charset charset);
}
