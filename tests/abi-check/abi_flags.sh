# Sourced by the scripts in this folder: the one place that says how an ABI
# baseline is written, so that refresh and check can never disagree.
#   --headers-dir            only types declared in the public headers count
#   --exported-interfaces-only, --drop-private-types
#                            only what the exported functions reach (keeps the
#                            baseline ~16 KB and reviewable instead of ~3 MB of
#                            libstdc++ internals)
#   --no-corpus-path, --no-comp-dir-path, --short-locs
#                            no build-directory paths: any build dir gives the
#                            same file
ABIDW_FLAGS=(--drop-private-types --exported-interfaces-only
             --no-corpus-path --no-comp-dir-path --short-locs)
