import Foundation

/// Loads the pictures a paragraph refers to from the package.
///
/// Only PNG and JPEG become model images (what the writers can embed); other formats
/// (EMF, SVG) are skipped rather than misrepresented. The size is the displayed size from
/// `wp:extent`, in points.
struct DocxImageLoader {
    let package: DocxPackage

    func load(_ item: DocxBodyItem) -> DocxBodyItem {
        guard case let .paragraph(paragraph) = item, !paragraph.imageReferences.isEmpty else { return item }
        paragraph.images = paragraph.imageReferences.compactMap(image)
        return item
    }

    private func image(_ reference: DocxImageReference) -> Image? {
        guard let relationship = package.relationships.first(where: { $0.id == reference.relationshipId && !$0.isExternal }),
              let bytes = try? package.ownedPart(relationship.target) else { return nil }
        let data = Data(bytes: bytes.base, count: bytes.count)
        guard let format = ImageProbe.format(of: data) else { return nil }
        let points = { (emu: Int?) in emu.map { Double($0) / 12_700 } }
        return Image(data: data, format: format, widthPoints: points(reference.widthEMU), heightPoints: points(reference.heightEMU), altText: reference.altText)
    }
}
