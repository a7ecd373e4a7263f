# The `install` test: installs the build into a scratch prefix, as `make install` would, and
# checks that every installed file is there and the installed binary runs.
# Inputs: BUILD_DIR, PREFIX.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${status}")
endif()
foreach(installed bin/hirelint share/bash-completion/completions/hirelint
                  share/zsh/site-functions/_hirelint share/man/man1/hirelint.1)
  if(NOT EXISTS ${PREFIX}/${installed})
    message(FATAL_ERROR "make install did not install ${installed}")
  endif()
endforeach()
execute_process(COMMAND ${PREFIX}/bin/hirelint --version OUTPUT_VARIABLE version
                RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version MATCHES "^hirelint [0-9]")
  message(FATAL_ERROR "the installed hirelint does not run: ${status} ${version}")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "installed and ran ${version}")
