// `launchready/cli`: the command line as a function (argv → exit code), for tools that embed it.
export { main } from '../cli/main.js';
