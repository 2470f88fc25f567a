"""mxbook: the toolchain and the reusable library of a bilingual MXNet deep-learning book."""
