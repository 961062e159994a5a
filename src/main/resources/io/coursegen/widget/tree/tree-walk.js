// Decision-tree walking in the browser: the same walk and path listing as io.coursegen.tree.TreeWalker
// in Java, working on the client JSON that io.coursegen.tree.TreeClientJson writes into the page. The
// shared vectors in src/test/resources/io/coursegen/widget/tree/tree-walk.json run against both, so change the two
// together.
//
// A classic script, not an ES module: Chromium refuses module scripts on file:// pages, and the site
// must work from a copied folder. It defines one global, window.CoursegenTree, and touches nothing
// else: no DOM, no storage. Both functions are total on any tree, checked or not: a missing node ends
// a walk with an error, and a cycle never loops.
(function () {
  "use strict";

  // The nodes by id, in a Map so that ids such as "__proto__" or "1" are only ids; should two nodes
  // share an id (only an unchecked tree can), the first counts, as in Java.
  function index(tree) {
    var nodes = new Map();
    var list = tree && Array.isArray(tree.nodes) ? tree.nodes : [];
    for (var i = 0; i < list.length; i++) {
      if (!nodes.has(list[i].id)) nodes.set(list[i].id, list[i]);
    }
    return nodes;
  }

  function answersOf(node) {
    return Array.isArray(node.answers) ? node.answers : [];
  }

  // The position of the chosen answer, or -1: a number is a position from 0, a string an exact label;
  // anything else names no answer.
  function find(node, choice) {
    var answers = answersOf(node);
    if (typeof choice === "number") {
      return Number.isInteger(choice) && choice >= 0 && choice < answers.length ? choice : -1;
    }
    if (typeof choice !== "string") return -1;
    for (var k = 0; k < answers.length; k++) {
      if (answers[k].label === choice) return k;
    }
    return -1;
  }

  function failed(error, step, node) {
    return { error: error, step: step, node: node };
  }

  // Follows the answers from the start node. Returns {node, kind, step} for the node reached (a
  // question still to answer, or an outcome), or {error, step, node} for the first step that cannot
  // be taken: "no-such-answer" (step = the answer's position, node = the question), "after-outcome"
  // (node = the outcome already reached), "missing-node" (step = answers followed, node = the id that
  // names no node).
  function walk(tree, answers) {
    var nodes = index(tree);
    var choices = Array.isArray(answers) ? answers : [];
    var at = nodes.get(tree.start);
    if (at === undefined) return failed("missing-node", 0, tree.start);
    for (var i = 0; i < choices.length; i++) {
      if (at.kind !== "question") return failed("after-outcome", i, at.id);
      var k = find(at, choices[i]);
      if (k < 0) return failed("no-such-answer", i, at.id);
      var next = answersOf(at)[k].next;
      at = nodes.get(next);
      if (at === undefined) return failed("missing-node", i + 1, next);
    }
    return { node: at.id, kind: at.kind, step: choices.length };
  }

  // Every path from the start to an outcome, depth first, answers in written order:
  // [{steps: [{node, answer}], outcome}]. Paths into a missing node or back into the current path
  // (a cycle) are left out. An explicit stack, so a long chain of questions cannot overflow.
  function paths(tree) {
    var nodes = index(tree);
    var out = [];
    var start = nodes.get(tree.start);
    if (start === undefined) return out;
    if (start.kind !== "question") {
      out.push({ steps: [], outcome: start.id });
      return out;
    }
    var stack = [{ node: start, next: 0 }];
    var onPath = new Set([start.id]);
    while (stack.length > 0) {
      var top = stack[stack.length - 1];
      var answers = answersOf(top.node);
      if (top.next === answers.length) {
        stack.pop();
        onPath.delete(top.node.id);
        continue;
      }
      var target = nodes.get(answers[top.next++].next);
      if (target === undefined || onPath.has(target.id)) continue;
      if (target.kind === "question") {
        stack.push({ node: target, next: 0 });
        onPath.add(target.id);
      } else {
        out.push({
          steps: stack.map(function (f) {
            return { node: f.node.id, answer: f.next - 1 };
          }),
          outcome: target.id
        });
      }
    }
    return out;
  }

  window.CoursegenTree = Object.freeze({ walk: walk, paths: paths });
})();
