import Mustache

/// A list of objects made one at a time as the template walks it, for lists as long as the site
/// (every guide, on the home page and the list of guides): the list is never held whole, so a
/// site of many pages does not hold one object per page while such a page renders. Templates
/// see it as they would see an array of the same objects.
struct GeneratedObjects: MustacheSequence, MustacheTransformable, Sendable {
    let count: Int
    /// The object at a position, from 0 to `count - 1`.
    let object: @Sendable (Int) -> TemplateObject

    func makeIterator() -> LazyMapSequence<Range<Int>, TemplateObject>.Iterator {
        (0..<count).lazy.map(object).makeIterator()
    }

    /// The transforms of an array: `count` and `empty` without making any object.
    func transform(_ name: String) -> Any? {
        switch name {
        case "count": count
        case "empty": count == 0
        default: Array(self).transform(name)
        }
    }
}
