# Runs the artnorm CLI once and checks its exit code and output.
#   cmake -DCLI=path/to/artnorm -DARGS="a|b|c" -DEXPECT_EXIT=0
#         [-DSTDIN=file] [-DSTDOUT_HAS="x|y"] [-DSTDERR_HAS="x|y"]
#         [-DSTDOUT_STARTS=text] [-DXML_DOCUMENTS=n] -P run_cli.cmake
# Lists use "|" so that they survive add_test untouched; *_HAS entries are
# plain substrings that must all occur.
cmake_minimum_required(VERSION 3.22)

string(REPLACE "|" ";" arguments "${ARGS}")
set(stdin_option)
if(DEFINED STDIN)
  set(stdin_option INPUT_FILE "${STDIN}")
endif()
execute_process(COMMAND "${CLI}" ${arguments} ${stdin_option}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(problems)
if(NOT "${exit_code}" STREQUAL "${EXPECT_EXIT}")
  list(APPEND problems "exit code ${exit_code}, expected ${EXPECT_EXIT}")
endif()
foreach(stream IN ITEMS STDOUT STDERR)
  if(stream STREQUAL "STDOUT")
    set(text "${out}")
  else()
    set(text "${err}")
  endif()
  if(DEFINED ${stream}_HAS)
    string(REPLACE "|" ";" wanted "${${stream}_HAS}")
    foreach(piece IN LISTS wanted)
      string(FIND "${text}" "${piece}" at)
      if(at EQUAL -1)
        list(APPEND problems "${stream} lacks '${piece}'")
      endif()
    endforeach()
  endif()
endforeach()
if(DEFINED STDOUT_STARTS)
  string(FIND "${out}" "${STDOUT_STARTS}" at)
  if(NOT at EQUAL 0)
    list(APPEND problems "stdout does not start with '${STDOUT_STARTS}'")
  endif()
endif()
if(DEFINED XML_DOCUMENTS)
  string(REGEX MATCHALL "(^|\n)<\\?xml " declarations "${out}")
  list(LENGTH declarations documents)
  if(NOT documents EQUAL XML_DOCUMENTS)
    list(APPEND problems "${documents} XML documents on stdout, expected ${XML_DOCUMENTS}")
  endif()
endif()

if(problems)
  list(JOIN problems "\n  " report)
  message(FATAL_ERROR "artnorm ${arguments}:\n  ${report}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
