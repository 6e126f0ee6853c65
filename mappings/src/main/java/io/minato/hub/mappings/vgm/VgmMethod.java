package io.minato.hub.mappings.vgm;

/** How a verified gross mass was obtained (SOLAS chapter VI, regulation 2). */
public enum VgmMethod {
    /** Method 1: the packed and sealed container was weighed. */
    SM1,
    /** Method 2: packages, cargo, packing material and the container's tare were weighed and added up. */
    SM2
}
