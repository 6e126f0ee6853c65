package io.minato.hub.mappings.naccs.output;

import java.time.LocalDateTime;

/**
 * One output (出力情報) as NACCS sent it, from its common part: whole, or one part of a split output.
 *
 * @param wireMessageId   the archived mail it came in
 * @param receivedAt      受信日時 in the common part: when NACCS produced it; what "newer" means
 * @param setKey          for a part of a split output, what its parts share; null for a whole output
 */
public record ReceivedOutput(long wireMessageId, String businessCode, String outputInfoCode, LocalDateTime receivedAt,
                             String userCode, String subject, String handOverInfo, String inputIdNumber,
                             int splitSeq, boolean lastPart, String messageKind, String destinationType,
                             String setKey) {
}
