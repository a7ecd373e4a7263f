# The `install` test: installs the build into a scratch prefix, as `make install` would, and
# checks that every installed file is there, the installed binary runs, reads a PDF and a DOCX
# through the installed reader modules (hirelint-pdf.so, hirelint-zip.so) exactly as the build
# tree's binary does, and links neither poppler nor libzip itself.
# Inputs: BUILD_DIR, PREFIX, SOURCE_DIR, BINDIR and LIBDIR (CMAKE_INSTALL_BINDIR/LIBDIR).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${status}")
endif()
foreach(installed ${BINDIR}/hirelint ${LIBDIR}/hirelint/hirelint-pdf.so
                  ${LIBDIR}/hirelint/hirelint-zip.so
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

# A PDF and a DOCX from the installed binary: the modules must be found in ${LIBDIR}/hirelint,
# not through an override or the build tree (the installed binary is not next to the build's).
unset(ENV{HIRELINT_PDF_MODULE})
unset(ENV{HIRELINT_ZIP_MODULE})
foreach(input tests/fixtures/pdf/split-bullet.pdf tests/fixtures/docx/cv-libreoffice.docx)
  get_filename_component(name ${input} NAME)
  execute_process(COMMAND ${installed_binary} ${input} WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE installed_out ERROR_VARIABLE installed_err
                  RESULT_VARIABLE installed_status)
  execute_process(COMMAND ${BUILD_DIR}/hirelint ${input} WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE build_out ERROR_VARIABLE build_err RESULT_VARIABLE build_status)
  if(installed_status GREATER 1 OR NOT installed_out MATCHES "${name}:[0-9]+:[0-9]+: info:")
    message(FATAL_ERROR "the installed hirelint cannot lint ${input} (exit ${installed_status}): "
                        "${installed_err}${installed_out}")
  endif()
  if(NOT installed_status EQUAL build_status OR NOT installed_out STREQUAL build_out)
    message(FATAL_ERROR "the installed hirelint reads ${input} differently from "
                        "${BUILD_DIR}/hirelint (exit ${installed_status} against ${build_status}):"
                        "\n${installed_out}\n---\n${build_out}")
  endif()
endforeach()

# poppler (and the ~25 libraries it pulls in) and libzip (and libcrypto) load only with a module.
find_program(LDD ldd)
if(LDD)
  execute_process(COMMAND ${LDD} ${installed_binary} OUTPUT_VARIABLE libraries)
  if(libraries MATCHES "poppler")
    message(FATAL_ERROR "the installed hirelint links poppler; only hirelint-pdf.so may:\n"
                        "${libraries}")
  endif()
  if(libraries MATCHES "libzip")
    message(FATAL_ERROR "the installed hirelint links libzip; only hirelint-zip.so may:\n"
                        "${libraries}")
  endif()
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "installed and ran ${version}, and linted a PDF and a DOCX through "
               "${LIBDIR}/hirelint/hirelint-pdf.so and hirelint-zip.so")
