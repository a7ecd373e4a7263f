# The `install` test: installs the build into a scratch prefix, as `make install` would, and
# checks that every installed file is there, the installed binary runs, reads a PDF through the
# installed PDF module (hirelint-pdf.so) exactly as the build tree's binary does, and links no
# poppler itself.
# Inputs: BUILD_DIR, PREFIX, SOURCE_DIR, BINDIR and LIBDIR (CMAKE_INSTALL_BINDIR/LIBDIR).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${status}")
endif()
foreach(installed ${BINDIR}/hirelint ${LIBDIR}/hirelint/hirelint-pdf.so
                  share/bash-completion/completions/hirelint
                  share/zsh/site-functions/_hirelint share/man/man1/hirelint.1)
  if(NOT EXISTS ${PREFIX}/${installed})
    message(FATAL_ERROR "make install did not install ${installed}")
  endif()
endforeach()
set(installed_binary ${PREFIX}/${BINDIR}/hirelint)
execute_process(COMMAND ${installed_binary} --version OUTPUT_VARIABLE version
                RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version MATCHES "^hirelint [0-9]")
  message(FATAL_ERROR "the installed hirelint does not run: ${status} ${version}")
endif()
string(STRIP "${version}" version)

# A PDF from the installed binary: the module must be found in ${LIBDIR}/hirelint, not through
# an override or the build tree (the installed binary is not next to the build's module).
unset(ENV{HIRELINT_PDF_MODULE})
set(pdf tests/fixtures/pdf/split-bullet.pdf)
execute_process(COMMAND ${installed_binary} ${pdf} WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE installed_out ERROR_VARIABLE installed_err
                RESULT_VARIABLE installed_status)
execute_process(COMMAND ${BUILD_DIR}/hirelint ${pdf} WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE build_out ERROR_VARIABLE build_err RESULT_VARIABLE build_status)
if(installed_status GREATER 1 OR NOT installed_out MATCHES "split-bullet.pdf:2:1: info:")
  message(FATAL_ERROR "the installed hirelint cannot lint ${pdf} (exit ${installed_status}): "
                      "${installed_err}${installed_out}")
endif()
if(NOT installed_status EQUAL build_status OR NOT installed_out STREQUAL build_out)
  message(FATAL_ERROR "the installed hirelint reads ${pdf} differently from ${BUILD_DIR}/hirelint "
                      "(exit ${installed_status} against ${build_status}):\n"
                      "${installed_out}\n---\n${build_out}")
endif()

# poppler (and the ~25 libraries it pulls in) must load only with the module.
find_program(LDD ldd)
if(LDD)
  execute_process(COMMAND ${LDD} ${installed_binary} OUTPUT_VARIABLE libraries)
  if(libraries MATCHES "poppler")
    message(FATAL_ERROR "the installed hirelint links poppler; only hirelint-pdf.so may:\n"
                        "${libraries}")
  endif()
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "installed and ran ${version}, and linted ${pdf} through ${LIBDIR}/hirelint/hirelint-pdf.so")
